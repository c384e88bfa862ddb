ifelse(`a', `b', `1', `c', `c', `2')
