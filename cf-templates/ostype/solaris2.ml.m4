divert(-1)
dnl #
dnl # ostype/solaris2.ml.m4 -- Solaris 2.x with mail.local.
dnl #
_DEFIFNOT(`LOCAL_MAILER_PATH', `/usr/lib/mail.local')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `fSmn9')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail.local -d $u')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')
define(`confEBINDIR', `/usr/lib')
