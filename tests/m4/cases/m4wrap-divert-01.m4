m4wrap(`undivert(1)wrap
')divert(1)one
divert(0)main
