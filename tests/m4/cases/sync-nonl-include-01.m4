include(`inc/nonl.m4')
after
