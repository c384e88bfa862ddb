ifelse(`a', `a', `same')
