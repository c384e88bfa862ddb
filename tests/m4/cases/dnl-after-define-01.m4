define(`x', `1')dnl
x
