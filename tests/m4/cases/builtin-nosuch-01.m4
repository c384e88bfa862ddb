builtin(`nosuch', `x')after
