eval(5 % 0)
