define(`len', `mine')len(abc) builtin(`len', `abc')
