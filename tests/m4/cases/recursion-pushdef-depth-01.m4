define(`deep', `ifelse(`$1', `0', `defn(`v')', `pushdef(`v', $1)deep(decr($1))')')deep(6)
