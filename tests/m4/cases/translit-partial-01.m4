translit(`abcdef', `abcdef', `xy')
