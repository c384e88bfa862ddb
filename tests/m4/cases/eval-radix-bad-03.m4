eval(10, 0)
