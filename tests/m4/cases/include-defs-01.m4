include(`inc/defs.m4')INCDEF
