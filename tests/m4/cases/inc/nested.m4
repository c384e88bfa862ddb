inner __file__:__line__
include(`inc/plain.m4')dnl
after __line__
