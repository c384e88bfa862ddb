substr(`a`b'c', 1, 3)
