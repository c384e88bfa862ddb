define(`f', `<$1>')f(a dnl inside
b)
