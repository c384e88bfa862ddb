define(`even', `ifelse(`$1', 0, `yes', `odd(decr($1))')')define(`odd', `ifelse(`$1', 0, `no', `even(decr($1))')')even(10) even(7)
