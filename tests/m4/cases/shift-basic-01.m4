shift(a, b, c)
