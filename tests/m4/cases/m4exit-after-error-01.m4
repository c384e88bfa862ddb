include(`inc/nosuch.m4')m4exit(0)
