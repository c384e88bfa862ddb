eval(1 | 2 & 3) eval(1 ^ 3 | 4) eval(6 & 3 == 3) eval(1 + 2 << 1)
