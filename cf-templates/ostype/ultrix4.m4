divert(-1)
dnl #
dnl # ostype/ultrix4.m4 -- Ultrix 4.
dnl #
define(`confEBINDIR', `/usr/lib')
