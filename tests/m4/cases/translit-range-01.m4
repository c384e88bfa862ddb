translit(`abcxyz', `a-c', `1-3')
