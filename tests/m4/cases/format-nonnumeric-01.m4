format(`%d', `abc')
