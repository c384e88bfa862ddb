define(`f', ```$0''')ifelse(f, `f', `ok', `bad')
