patsubst(`abc', `b', `x\')
