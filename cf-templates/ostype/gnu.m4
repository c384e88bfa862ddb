divert(-1)
dnl #
dnl # ostype/gnu.m4 -- GNU (Hurd).
dnl #
_DEFIFNOT(`STATUS_FILE', `/var/log/sendmail.st')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/libexec/mail.local')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail $u')
define(`confEBINDIR', `/libexec')
