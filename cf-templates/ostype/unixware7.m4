divert(-1)
dnl #
dnl # ostype/unixware7.m4 -- UnixWare 7.
dnl #
_DEFIFNOT(`QUEUE_DIR', `/var/spool/mqueue')
define(`confEBINDIR', `/usr/lib')
define(`confTIME_ZONE', `USE_TZ')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/etc/mail/slocal')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `Puho9')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `slocal -user $u')
_DEFIFNOT(`LOCAL_SHELL_FLAGS', `Peu')
