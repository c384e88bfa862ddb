divert(-1)
dnl #
dnl # feature/block_bad_helo.m4 -- refuse a HELO that names this host, has no
dnl # dot, or is a bare address (checked at RCPT, so it needs delay_checks).
dnl #
define(`_BLOCK_BAD_HELO_', `')
RELAY_DOMAIN(`127.0.0.1')
RELAY_DOMAIN(`IPv6:0:0:0:0:0:0:0:1 IPv6:::1')
LOCAL_DOMAIN(`[127.0.0.1]')
LOCAL_DOMAIN(`[IPv6:0:0:0:0:0:0:0:1] [IPv6:::1]')
dnl # no argument is used
_mc_argsunused
