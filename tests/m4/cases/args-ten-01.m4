define(`ten', `$10')ten(a, b, c, d, e, f, g, h, i, j)
