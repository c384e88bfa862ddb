define(`x', `12345')len(x) len(`x')
