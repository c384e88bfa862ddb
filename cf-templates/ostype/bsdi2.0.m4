divert(-1)
dnl #
dnl # ostype/bsdi2.0.m4 -- BSD/OS 2.0 (deprecated name of bsdi).
dnl #
_mc_warning(`OSTYPE(bsdi2.0) is deprecated; use OSTYPE(bsdi)')
include(_CF_DIR_`ostype/bsdi.m4')
