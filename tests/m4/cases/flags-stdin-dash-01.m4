dash means stdin
