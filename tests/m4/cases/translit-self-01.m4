translit(`hello', `a-z', `a-z')
