patsubst(`', `^', `X')[]
