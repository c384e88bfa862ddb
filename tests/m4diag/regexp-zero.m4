regexp(`abc', `b', `[\0]')
