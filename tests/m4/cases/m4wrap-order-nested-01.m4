m4wrap(`A m4wrap(`A2
')
')m4wrap(`B m4wrap(`B2
')
')main
