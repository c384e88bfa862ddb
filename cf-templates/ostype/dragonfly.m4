divert(-1)
dnl #
dnl # ostype/dragonfly.m4 -- DragonFly BSD.
dnl #
_DEFIFNOT(`STATUS_FILE', `/var/log/sendmail.st')
MODIFY_MAILER_FLAGS(`LOCAL', `+S')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail $u')
_DEFIFNOT(`UUCP_MAILER_PATH', `/usr/local/bin/uux')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')
