eval(2 ** 31) eval(2 ** 32) eval(3 ** 21) eval(-3 ** 3)
