incr(1, 2)
