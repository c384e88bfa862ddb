before
include(`inc/plain.m4')after
