include(`inc/nested.m4')__line__ __file__
