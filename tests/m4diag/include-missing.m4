before
include(`no-such-file.m4')dnl
after
