ifelse(`a', `b', `same', `diff') ifelse(`a', `a', `same', `diff')
