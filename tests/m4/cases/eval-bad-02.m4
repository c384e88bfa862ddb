eval(abc)
