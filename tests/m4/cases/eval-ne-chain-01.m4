eval(1 != 2 != 3) eval(3 > 2 > 1)
