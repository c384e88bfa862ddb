divert(-1)
dnl #
dnl # ostype/amdahl-uts.m4 -- Amdahl UTS.
dnl #
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `fSn9')
define(`confEBINDIR', `/usr/lib')
