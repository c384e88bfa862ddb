include(`inc/plain.m4')include(`inc/plain.m4')
