regexp(`aaaa', `a\{2\}', `<\&>') regexp(`aaaa', `a{2}', `<\&>')
