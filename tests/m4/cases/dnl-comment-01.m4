# comment dnl
x
