eval(`   ')
