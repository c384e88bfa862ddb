include(`inc/errp.m4')done
