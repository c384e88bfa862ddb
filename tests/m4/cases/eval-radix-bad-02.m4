eval(10, 37)
