builtin(`define', `x', `via builtin')x
