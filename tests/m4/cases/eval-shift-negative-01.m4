eval(1 << -1) eval(8 >> -1) eval(-8 >> 1)
