patsubst(`abc', `', `-')
