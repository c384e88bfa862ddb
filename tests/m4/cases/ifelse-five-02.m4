ifelse(`a', `a', `1', `c', `2')
