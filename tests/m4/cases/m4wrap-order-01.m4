m4wrap(`first
')m4wrap(`second
')m4wrap(`third
')main
