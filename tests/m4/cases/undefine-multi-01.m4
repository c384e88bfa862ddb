define(`a', 1)define(`b', 2)undefine(`a', `b')a b
