define(`cd', `ifelse(eval($1 <= 0), 1, `', `$1`'cd(decr($1))')')cd(20)
