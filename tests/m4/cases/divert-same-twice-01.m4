divert(1)a
divert(2)b
divert(1)c
divert(0)
