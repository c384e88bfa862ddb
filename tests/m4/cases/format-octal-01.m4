format(`%o %#o', 8, 8)
