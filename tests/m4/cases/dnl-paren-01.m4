dnl(
x
