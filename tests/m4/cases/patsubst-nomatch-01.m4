patsubst(`abc', `xyz', `Q')
