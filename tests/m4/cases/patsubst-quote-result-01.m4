patsubst(`abc', `b', ``b'')
