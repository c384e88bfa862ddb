patsubst(`baaac', `a*', `-')
