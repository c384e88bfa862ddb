index(`abcdef', `cd') index(`abcdef', `x') index(`abcabc', `bc')
