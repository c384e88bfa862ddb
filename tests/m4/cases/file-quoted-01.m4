`__file__' __file__()
