patsubst(`a b	c', `[[:space:]]', `.')
