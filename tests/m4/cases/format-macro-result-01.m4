define(`X', `expanded')format(`%s', `X')
