define(`X', `expanded')define(`st', `$*')define(`at', `$@')st(`X', `y') at(`X', `y')
