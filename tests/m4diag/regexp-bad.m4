regexp(`abc', `\(')
