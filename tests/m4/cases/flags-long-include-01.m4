include(`only2.m4')
