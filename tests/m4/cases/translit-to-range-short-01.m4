translit(`abcdefg', `a-g', `1-3')
