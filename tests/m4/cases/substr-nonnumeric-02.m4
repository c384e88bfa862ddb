substr(`abc', 1, y)
