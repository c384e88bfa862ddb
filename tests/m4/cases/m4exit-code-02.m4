m4exit(0)
