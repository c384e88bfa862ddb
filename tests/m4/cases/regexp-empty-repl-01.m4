[regexp(`abc', `b', `')]
