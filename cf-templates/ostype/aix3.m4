divert(-1)
dnl #
dnl # ostype/aix3.m4 -- IBM AIX 3.
dnl #
_DEFIFNOT(`LOCAL_MAILER_PATH', `/bin/bellmail')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail $u')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `mn9')
define(`confEBINDIR', `/usr/lib')
define(`confTIME_ZONE', `USE_TZ')
