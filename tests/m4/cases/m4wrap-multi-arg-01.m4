m4wrap(`a', `b', `c')main
