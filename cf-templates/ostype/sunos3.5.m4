divert(-1)
dnl #
dnl # ostype/sunos3.5.m4 -- SunOS 3.5.
dnl #
define(`confEBINDIR', `/usr/lib')
