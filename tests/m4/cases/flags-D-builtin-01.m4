len(abc) builtin(`len', `abc')
