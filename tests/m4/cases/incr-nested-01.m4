incr(incr(incr(0)))
