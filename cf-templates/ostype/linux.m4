divert(-1)
dnl #
dnl # ostype/linux.m4 -- Linux: local delivery through procmail, smrsh and
dnl # mail.local under /usr/sbin.
dnl #
define(`confEBINDIR', `/usr/sbin')
ifdef(`PROCMAIL_MAILER_PATH', `', `define(`PROCMAIL_MAILER_PATH', `/usr/bin/procmail')')
FEATURE(`local_procmail')
