divert(-1)
dnl #
dnl # ostype/openbsd.m4 -- OpenBSD.
dnl #
_DEFIFNOT(`STATUS_FILE', `/var/log/sendmail.st')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `rmn9S')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')
