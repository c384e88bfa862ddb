changequote(`[')[a' `b'
