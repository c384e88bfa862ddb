ifdef(`a')
