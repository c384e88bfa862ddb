define(`a', `1', `2')dnl
still written
