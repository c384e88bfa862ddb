divert(-1)
dnl #
dnl # ostype/sunos4.1.m4 -- SunOS 4.1.
dnl #
define(`confEBINDIR', `/usr/lib')
