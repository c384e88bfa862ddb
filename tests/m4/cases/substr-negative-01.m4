[substr(`abcdef', -1)] [substr(`abcdef', -2, 3)] [substr(`abcdef', 1, -1)]
