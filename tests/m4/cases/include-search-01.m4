include(`search.m4')include(`only2.m4')
