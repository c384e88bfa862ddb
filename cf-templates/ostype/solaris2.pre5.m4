divert(-1)
dnl #
dnl # ostype/solaris2.pre5.m4 -- Solaris 2.0 - 2.4.
dnl #
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `SnE9')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail -f $g -d $u')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')
define(`confEBINDIR', `/usr/lib')
