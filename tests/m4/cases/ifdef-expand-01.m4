define(`n', `x')define(`x', 1)ifdef(n, `yes', `no')
