builtin(`nosuch')
