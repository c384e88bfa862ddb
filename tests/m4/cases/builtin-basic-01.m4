builtin(`len', `abc')
