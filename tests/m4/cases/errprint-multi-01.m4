errprint(`a', `b', `c')
