eval(255, 16) eval(255, 2) eval(255, 8) eval(255, 36)
