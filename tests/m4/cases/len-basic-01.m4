len(`abc') len(`') len() len(`a b c')
