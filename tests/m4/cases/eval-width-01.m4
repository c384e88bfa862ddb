eval(5, 10, 4) eval(255, 16, 8) eval(7, 2, 8)
