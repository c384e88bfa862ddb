divert(1)div one
divert(0)m4wrap(`wrap text
')main
