divert(-1)
dnl #
dnl # ostype/hpux9.m4 -- HP-UX 9.
dnl #
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/bin/rmail')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `m9')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `rmail -d $u')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -a$g -gC $h!rmail ($u)')
define(`confTIME_ZONE', `USE_TZ')
define(`confEBINDIR', `/usr/lib')
