m4exit(1, 2)
