m4wrap(`outer m4wrap(`inner
')
')main
