define(`f', `[$1]')f(X)
