[regexp(`abc', `x', `y')]
