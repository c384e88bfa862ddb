eval(5, 1) eval(0, 1) eval(3, 1, 5)
