patsubst(`line one
line two', `^', `> ')
