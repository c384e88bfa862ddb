patsubst(`aaa', `^a', `b') patsubst(`aaa', `a$', `b')
