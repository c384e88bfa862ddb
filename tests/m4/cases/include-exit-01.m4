before include(`inc/exit.m4')after
