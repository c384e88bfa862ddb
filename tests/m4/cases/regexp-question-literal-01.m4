regexp(`a?b', `a?b', `<\&>') regexp(`ab', `a\?b', `<\&>')
