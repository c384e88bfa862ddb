pushdef(`len', `L')len(x) popdef(`len')len(xyz)
