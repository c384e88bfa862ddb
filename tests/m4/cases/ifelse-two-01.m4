ifelse(`a', `b')[]
