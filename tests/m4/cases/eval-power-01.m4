eval(2 ** 10) eval(3 ** 0) eval(2 ** 3 ** 2) eval(-2 ** 3)
