eval(index(`abcdef', `cd') >= 0) eval(index(`abcdef', `x') >= 0)
