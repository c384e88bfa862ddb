divert(-1)
dnl #
dnl # ostype/domainos.m4 -- Apollo Domain/OS.
dnl #
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
define(`confEBINDIR', `/usr/lib')
