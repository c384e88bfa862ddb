include(`inc/defs.m4')__line__
