regexp(`abc', `b', ``quoted'')
