eval(1 && 1 / 0)
