patsubst(`abc', `[abc]', `<\&>')
