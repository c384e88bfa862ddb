regexp(`a
b', `a.b') regexp(`axb', `a.b')
