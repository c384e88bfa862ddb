define(`x', `X')shift(`a', `x', ``x'')
