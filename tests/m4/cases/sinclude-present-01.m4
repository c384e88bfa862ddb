sinclude(`inc/plain.m4')after
