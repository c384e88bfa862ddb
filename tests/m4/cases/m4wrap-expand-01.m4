define(`X', `early')m4wrap(`X
')define(`X', `late')main
