define(`x', `1')ifelse(x, `1', `one', `not')
