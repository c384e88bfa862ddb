define(`f', `$1')f(a m4exit(2) b)
