[shift(a)] [shift()] [shift]
