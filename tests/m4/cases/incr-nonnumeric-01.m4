incr(abc)
