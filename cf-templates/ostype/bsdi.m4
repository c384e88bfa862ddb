divert(-1)
dnl #
dnl # ostype/bsdi.m4 -- BSD/OS (as 4.4BSD).
dnl #
include(_CF_DIR_`ostype/bsd4.4.m4')
