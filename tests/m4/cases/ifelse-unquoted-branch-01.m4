define(`s', `side')ifelse(1, 2, s, s)
