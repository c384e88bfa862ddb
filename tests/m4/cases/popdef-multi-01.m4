pushdef(`a', 1)pushdef(`a', 2)pushdef(`b', 3)popdef(`a', `b')a b
