len(x)
