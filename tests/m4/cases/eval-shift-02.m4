eval(1 << 33) eval(5 >> 40) eval(-1 >> 31)
