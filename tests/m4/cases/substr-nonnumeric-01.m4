substr(`abc', x)
