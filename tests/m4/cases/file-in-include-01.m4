include(`inc/nested.m4')__file__
