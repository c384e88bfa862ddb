format(`%d items', 5) format(`%s and %s', `a', `b')
