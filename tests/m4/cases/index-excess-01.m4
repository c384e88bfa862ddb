index(`abc', `b', `c')
