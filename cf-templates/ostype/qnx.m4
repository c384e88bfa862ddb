divert(-1)
dnl #
dnl # ostype/qnx.m4 -- QNX.
dnl #
define(`QUEUE_DIR', `/usr/spool/mqueue')
define(`LOCAL_MAILER_ARGS', `mail $u')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `Sh')
define(`LOCAL_MAILER_PATH', `/usr/bin/mailx')
define(`UUCP_MAILER_ARGS', `uux - -r -z -a$f $h!rmail ($u)')
