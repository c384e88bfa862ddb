divert(-1)
dnl #
dnl # ostype/bsd4.4.m4 -- 4.4BSD.
dnl #
_DEFIFNOT(`STATUS_FILE', `/var/log/sendmail.st')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/usr/libexec/mail.local')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')
