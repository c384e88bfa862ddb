len( abc ) len(`  ')
