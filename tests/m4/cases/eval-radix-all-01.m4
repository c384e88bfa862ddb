eval(1000, 2) eval(1000, 3) eval(1000, 4) eval(1000, 5) eval(1000, 6) eval(1000, 7) eval(1000, 9)
