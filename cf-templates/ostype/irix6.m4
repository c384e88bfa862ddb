divert(-1)
dnl #
dnl # ostype/irix6.m4 -- SGI IRIX 6.
dnl #
define(`LOCAL_MAILER_CHARSET', `iso-8859-1')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `Ehmu9')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail -s -d $u')
_DEFIFNOT(`QUEUE_DIR', `/var/spool/mqueue')
_DEFIFNOT(`STATUS_FILE', `/var/sendmail.st')
define(`confDEF_USER_ID', `998:998')
define(`confTIME_ZONE', `USE_TZ')
define(`confEBINDIR', `/usr/lib')
