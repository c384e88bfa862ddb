translit(`hello', `a-z', `A-Z')
