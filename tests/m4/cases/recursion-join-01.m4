define(`join', `ifelse(`$#', `2', ``$2'', `$#', `1', `', ``$2'$1$0(`$1', shift(shift($@)))')')join(`-', a, b, c)
