define(`where', `__file__:__line__')dnl
include(`inc/d1/where.m4')where
