define(`c', `$#')define(`pstar', `c($*)')define(`pat', `c($@)')pstar(`a,b', `c') pat(`a,b', `c')
