define(`f', `undefine(`f')[$1]')f(a) f(b)
