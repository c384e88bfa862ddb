divert(-1)
dnl #
dnl # ostype/nextstep.m4 -- NeXTSTEP.
dnl #
_DEFIFNOT(`UUCP_MAILER_PATH', `/usr/bin/uux')
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
_DEFIFNOT(`LOCAL_SHELL_FLAGS', `euP')
define(`confEBINDIR', `/usr/lib')
