[substr(`abcdef', 2, -3)]
