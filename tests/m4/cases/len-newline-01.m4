len(`a
b')
