patsubst(`a]b', `[]]', `X')
