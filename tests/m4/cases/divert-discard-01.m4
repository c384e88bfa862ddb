divert(-1)
define(`x', `X')
this is discarded
divert(0)dnl
x
