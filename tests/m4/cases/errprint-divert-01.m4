divert(-1)errprint(`even when discarding
')divert(0)x
