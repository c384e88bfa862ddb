m4wrap(`__line__
')last
