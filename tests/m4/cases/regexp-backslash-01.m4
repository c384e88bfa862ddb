regexp(`a\b', `\\', `[\\]')
