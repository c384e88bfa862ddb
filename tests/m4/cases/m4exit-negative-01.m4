m4exit(-1)
