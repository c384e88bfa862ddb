errprint(`from include
')dnl
