shift(a, , c, )
