divert(-1)
dnl #
dnl # ostype/mklinux.m4 -- MkLinux.
dnl #
define(`confEBINDIR', `/usr/sbin')
_DEFIFNOT(`STATUS_FILE', `/var/log/sendmail.st')
_DEFIFNOT(`PROCMAIL_MAILER_PATH', `/usr/bin/procmail')
FEATURE(`local_procmail')
