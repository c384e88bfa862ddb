[shift()] [shift(`')] [shift(,)]
