divert(-1)
dnl #
dnl # ostype/bsdi1.0.m4 -- BSD/OS 1.0 (deprecated name of bsdi).
dnl #
_mc_warning(`OSTYPE(bsdi1.0) is deprecated; use OSTYPE(bsdi)')
include(_CF_DIR_`ostype/bsdi.m4')
