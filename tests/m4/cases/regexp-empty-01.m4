regexp(`abc', `') regexp(`', `') regexp(`', `x')
