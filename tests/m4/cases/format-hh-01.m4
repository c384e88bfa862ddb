format(`%hhd %lu', 300, 5)
