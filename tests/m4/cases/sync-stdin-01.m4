from stdin
line two
