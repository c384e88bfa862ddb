ifelse(`a,b', `a,b', `equal with comma', `not')
