regexp(`abc', `^a') regexp(`abc', `^b') regexp(`abc', `c$') regexp(`abc', `b$')
