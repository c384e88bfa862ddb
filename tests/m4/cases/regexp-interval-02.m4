patsubst(`aaaaa', `a\{2,3\}', `X')
