define(`cd', `CD')substr(`abcdef', 2, 2)
