divert(-1)
dnl #
dnl # ostype/riscos4.5.m4 -- RISC/os 4.5.
dnl #
_DEFIFNOT(`LOCAL_MAILER_ARGS', `rmail -d $u')
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
define(`confEBINDIR', `/usr/lib')
