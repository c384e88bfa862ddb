divert(2)two
divert(0)m4wrap(`divert(1)from wrap
divert(0)')main
