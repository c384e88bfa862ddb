eval(-1 < 0) eval(1 == 1 == 1) eval(2 == 2 == 2) eval(1 < 2 < 3)
