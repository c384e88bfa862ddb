incr(+3) incr(0x10)
