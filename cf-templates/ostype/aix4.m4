divert(-1)
dnl #
dnl # ostype/aix4.m4 -- IBM AIX 4.
dnl #
_DEFIFNOT(`LOCAL_MAILER_PATH', `/bin/bellmail')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail -F $g $u')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `mn9')
define(`confEBINDIR', `/usr/lib')
define(`confTIME_ZONE', `USE_TZ')
