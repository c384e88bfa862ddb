include(`inc/nonl.m4')__line__
__line__
