format(`%ld %hd %lld', 1, 2, 3)
