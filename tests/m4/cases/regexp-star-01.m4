regexp(`aaa', `a*', `<\&>') regexp(`baaa', `a*', `<\&>')
