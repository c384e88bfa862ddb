define(`pair', `a,b')define(`f', `[$1]')f(pair)
