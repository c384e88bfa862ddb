eval(10, 1)
