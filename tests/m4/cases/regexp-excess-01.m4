regexp(`abc', `b', `x', `y')
