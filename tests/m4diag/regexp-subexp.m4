regexp(`abc', `b', `[\1]')
