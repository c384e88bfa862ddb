translit(`a\b', `\', `/')
