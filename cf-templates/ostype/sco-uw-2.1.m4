divert(-1)
dnl #
dnl # ostype/sco-uw-2.1.m4 -- SCO UnixWare 2.1.
dnl #
define(`LOCAL_MAILER_PATH', `/usr/bin/rmail')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `fhCEn9')
define(`LOCAL_SHELL_FLAGS', `ehuP')
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')
define(`LOCAL_MAILER_ARGS', `rmail $u')
define(`confEBINDIR', `/usr/lib')
define(`confTIME_ZONE', `USE_TZ')
