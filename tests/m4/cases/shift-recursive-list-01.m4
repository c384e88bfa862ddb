define(`each', `ifelse(`$#', `1', `<$1>', `<$1>each(shift($@))')')each(a, b, c, d)
