patsubst(`a, b; c', `\W+', `_')
