before sinclude(`inc/nosuch.m4')after
