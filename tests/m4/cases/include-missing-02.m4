include(`nosuch-anywhere.m4')
more text
