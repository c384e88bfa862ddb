translit(`abcdef', `f-a', `a-f')
