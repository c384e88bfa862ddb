define(`x', `multi
line')dnl
x
x
