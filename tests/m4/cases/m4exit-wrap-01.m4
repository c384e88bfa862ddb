m4wrap(`wrapped
')m4exit(0)
