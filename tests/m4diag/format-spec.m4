format(`%5k', 1)
