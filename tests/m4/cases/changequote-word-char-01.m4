changequote(a, b)define(`x', `X')axb x
