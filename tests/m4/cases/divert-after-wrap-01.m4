m4wrap(`divert(0)wrapped
')divert(1)one
divert(0)main
