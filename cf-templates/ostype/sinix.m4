divert(-1)
dnl #
dnl # ostype/sinix.m4 -- Siemens SINIX.
dnl #
_DEFIFNOT(`QUEUE_DIR', `/var/spool/mqueue')
define(`LOCAL_MAILER_PATH', `/bin/mail.local')
_DEFIFNOT(`STATUS_FILE', `/var/sendmail.st')
define(`confEBINDIR', `/usr/ucblib')
