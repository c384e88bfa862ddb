incr(1) incr(-1) incr(0) incr(41)
