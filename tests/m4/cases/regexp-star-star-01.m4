regexp(`aaa', `a**', `<\&>')
