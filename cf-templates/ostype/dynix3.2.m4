divert(-1)
dnl #
dnl # ostype/dynix3.2.m4 -- Sequent DYNIX 3.2.
dnl #
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
define(`confEBINDIR', `/usr/lib')
