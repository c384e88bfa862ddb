include(`search.m4')
