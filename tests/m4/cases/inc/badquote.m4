`unterminated quote
