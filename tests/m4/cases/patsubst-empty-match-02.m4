patsubst(`abc', `x*', `-')
