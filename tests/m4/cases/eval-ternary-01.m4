eval(1 ? 2 : 3) eval(0 ? 2 : 3)
