substr(`abc', `')
