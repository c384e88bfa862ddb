divert(-1)
dnl #
dnl # ostype/solaris11.m4 -- Solaris 11: IPv4 and IPv6 daemons, local delivery over LMTP.
dnl #
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -a$g $h!rmail ($u)')
define(`confEBINDIR', `/usr/lib')
define(`confPID_FILE', `/system/volatile/sendmail.pid')
define(`_NETINET6_')
FEATURE(`local_lmtp')
