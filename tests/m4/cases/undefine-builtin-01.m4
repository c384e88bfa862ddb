undefine(`len')len(abc)
