regexp(`a+b', `a\+b', `<\&>') regexp(`aab', `a+b', `<\&>')
