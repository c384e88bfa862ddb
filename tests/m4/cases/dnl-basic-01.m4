a dnl this is gone
b
