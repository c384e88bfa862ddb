divert(-1)
dnl #
dnl # ostype/bsd4.3.m4 -- 4.3BSD.
dnl #
_DEFIFNOT(`QUEUE_DIR', `/usr/spool/mqueue')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -z -a$g $h!rmail ($u)')
