[ifelse(`a', `b', `same')]
