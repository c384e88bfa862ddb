regexp regexp(`abc')
