divert(1)one
divert(2)two
divert(0)m4wrap(`undivert(2)')main
