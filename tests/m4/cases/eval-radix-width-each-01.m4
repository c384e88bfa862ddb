define(`loop', `ifelse(eval($1 > 36), 1, `', `eval(-$1 * 7, $1, 6) loop(incr($1))')')loop(2)
