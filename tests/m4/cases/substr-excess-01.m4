substr(`abcdef', 1, 2, 3)
