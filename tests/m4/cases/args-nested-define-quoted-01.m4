define(`outer', `define(`inner', `$'`# $'`1')')outer(a, b)inner(x)
