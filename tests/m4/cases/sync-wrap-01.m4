m4wrap(`wrapped
')main
