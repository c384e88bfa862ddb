dnl one
dnl two
text
