m4wrap(`wrapped from include
')dnl
