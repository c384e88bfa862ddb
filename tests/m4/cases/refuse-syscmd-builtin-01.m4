builtin(`esyscmd', `touch created')
