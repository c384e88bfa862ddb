eval(10, abc)
