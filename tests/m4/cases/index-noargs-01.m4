index index(`abc')
