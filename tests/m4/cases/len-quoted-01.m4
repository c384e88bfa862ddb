len(``abc'') len(`a`b'c')
