eval(0 ** -1)
