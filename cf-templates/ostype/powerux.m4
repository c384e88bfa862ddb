divert(-1)
dnl #
dnl # ostype/powerux.m4 -- Concurrent PowerUX.
dnl #
define(`LOCAL_MAILER_PATH', `/usr/bin/rmail')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `mn9')
define(`LOCAL_MAILER_ARGS', `rmail $u')
define(`LOCAL_SHELL_FLAGS', `ehuP')
define(`UUCP_MAILER_ARGS', `uux - -r -a$g -gmedium $h!rmail ($u)')
define(`confEBINDIR', `/usr/local/lib')
