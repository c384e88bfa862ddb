eval(1000, 11) eval(1000, 12) eval(1000, 13) eval(1000, 17) eval(1000, 20) eval(1000, 25) eval(1000, 31) eval(1000, 35)
