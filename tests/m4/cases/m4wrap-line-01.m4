m4wrap(`__line__ __file__
')line one
line two
