undefine(`__file__')__file__
