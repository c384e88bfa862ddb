translit(`abc', `a', `b', `c')
