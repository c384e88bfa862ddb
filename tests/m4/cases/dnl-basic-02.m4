dnl
dnl
x
