define(`a', `b')define(`b', `c')a
