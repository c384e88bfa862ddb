format(`%d %i %u', -5, -6, 7)
