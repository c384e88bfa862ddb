define(`f', `$1 __line__')f(a,
b,
c)
