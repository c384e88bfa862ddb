dnl(a, b) rest
after
