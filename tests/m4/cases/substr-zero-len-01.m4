[substr(`abc', 1, 0)]
