ifdef(`x', `a', `b', `c')
