len(abc)
