define(`sw', `ifelse(`$1', `a', `A', `$1', `b', `B', `$1', `c', `C', `$1', `d', `D', `other')')sw(a)sw(b)sw(c)sw(d)sw(z)
