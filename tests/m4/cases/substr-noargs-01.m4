substr substr(`abc')
