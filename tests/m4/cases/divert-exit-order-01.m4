divert(2)two
divert(9)nine
divert(1)one
divert(0)main
