define(`rep', `ifelse($1, 0, , `$2`'rep(decr($1), `$2')')')rep(10, `ab')
