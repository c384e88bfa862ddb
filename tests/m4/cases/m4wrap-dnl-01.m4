m4wrap(`dnl')main
