define(`loop', `ifelse(eval($1 > 36), 1, `', `$1:eval(123456789, $1) loop(incr($1))')')loop(2)
