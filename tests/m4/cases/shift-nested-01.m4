shift(shift(shift(1, 2, 3, 4)))
