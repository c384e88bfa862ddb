define(`cd', `ifelse(`$1', `0', `liftoff', `$1 cd(decr($1))')')cd(5)
