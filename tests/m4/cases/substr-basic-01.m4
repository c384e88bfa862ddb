substr(`abcdef', 2) substr(`abcdef', 2, 3) substr(`abcdef', 0, 1)
