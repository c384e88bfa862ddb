translit(`abc', `a-c', `x-')
