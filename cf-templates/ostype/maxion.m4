divert(-1)
dnl #
dnl # ostype/maxion.m4 -- Concurrent MAXION.
dnl #
define(`QUEUE_DIR', `/var/spool/mqueue')
define(`STATUS_FILE', `/var/adm/log/sendmail.st')
define(`LOCAL_MAILER_PATH', `/usr/bin/mail')
define(`LOCAL_SHELL_FLAGS', `ehuP')
define(`LOCAL_MAILER_ARGS', `mail $u')
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')
define(`confEBINDIR', `/usr/ucblib')
