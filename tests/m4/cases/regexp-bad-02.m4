regexp(`abc', `[')
