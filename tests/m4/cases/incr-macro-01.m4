define(`n', 7)incr(n) decr(n)
