m4wrap(`wrapped
')include(`inc/exit.m4')after
