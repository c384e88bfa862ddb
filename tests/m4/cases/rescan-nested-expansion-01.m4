define(`a', `b(')define(`b', `[$1]')define(`c', `a`'x)')c
