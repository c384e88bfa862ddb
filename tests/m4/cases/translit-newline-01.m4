translit(`a
b', `
', ` ')
