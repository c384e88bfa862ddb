divert(-1)
dnl #
dnl # ostype/irix4.m4 -- SGI IRIX 4.
dnl #
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `Ehm9')
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
define(`confEBINDIR', `/usr/lib')
