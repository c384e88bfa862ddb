define(`s', `[$@]')s(a, b, c) s(`a', `b')
