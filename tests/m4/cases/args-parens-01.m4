define(`f', `[$1][$2]')f((a, b), c) f(a(b)c, d)
