include(`inc/plain.m4')
