eval(0 ** 0) eval(1 ** -1) eval(-1 ** -3)
