# c
# d
__line__
