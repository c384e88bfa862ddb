patsubst(`abc', `b', `x', `y')
