define(`down', `ifelse($1, 0, `bottom', `down(decr($1))')')down(100)
