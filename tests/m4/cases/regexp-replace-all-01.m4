regexp(`abc', `b', `<\&>')
