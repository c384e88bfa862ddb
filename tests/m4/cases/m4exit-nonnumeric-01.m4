m4exit(abc)
