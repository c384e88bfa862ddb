dnl one
dnl two
__line__
