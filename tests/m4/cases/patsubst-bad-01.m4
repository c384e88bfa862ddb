patsubst(`abc', `a\{')
