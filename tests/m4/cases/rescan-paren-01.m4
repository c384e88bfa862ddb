define(`lp', `(')define(`f', `[$1]')f lp
