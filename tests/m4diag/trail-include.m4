include(`inc/broken.m4')dnl
