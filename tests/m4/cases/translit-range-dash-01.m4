translit(`a-b', `-', `_') translit(`a-b', `a-', `xy')
