format(`%d %d %s', 1)
