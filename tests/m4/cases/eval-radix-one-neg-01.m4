eval(-3, 1)
