[translit(`', `a', `b')] [translit(`abc', `')]
