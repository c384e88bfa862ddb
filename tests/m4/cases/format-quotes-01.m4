format(`%s', ``quoted'')
