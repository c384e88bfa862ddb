define(`X', `expanded')regexp(`abc', `b', `X')
