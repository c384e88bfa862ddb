ifelse(`a', `a', `yes', `no')
