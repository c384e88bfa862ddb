m4wrap(`in wrap m4exit(6)more')main
