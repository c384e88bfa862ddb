eval(2 ** -1)
