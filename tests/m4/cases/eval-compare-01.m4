eval(1 < 2) eval(2 < 1) eval(2 <= 2) eval(3 > 2) eval(2 >= 3) eval(4 == 4) eval(4 != 4)
