divert(-1)
dnl #
dnl # mailer/mail11.m4 -- DECnet mail11; enables node::user addresses.
dnl # MAIL11_MAILER_PATH /usr/etc/mail11, MAIL11_MAILER_FLAGS nsFx,
dnl # MAIL11_MAILER_ARGS "mail11 $g $x $h $u", MAIL11_MAILER_QGRP.
dnl #
_DEFIFNOT(`MAIL11_MAILER_PATH', `/usr/etc/mail11')
_DEFIFNOT(`MAIL11_MAILER_FLAGS', `nsFx')
_DEFIFNOT(`MAIL11_MAILER_ARGS', `mail11 $g $x $h $u')
define(`_USE_DECNET_SYNTAX_')
_mc_declon
CPDECNET
_mc_decloff
_mc_bdivert(_mc_MAILERS)dnl
Mmail11, P=MAIL11_MAILER_PATH, F=_mc_flags(defn(`MAIL11_MAILER_FLAGS'), `MAIL11'), S=Mail11From, R=Mail11To,
	T=DNS/X-DECnet/X-Unix,_mc_qgrp(`MAIL11_MAILER_QGRP')
	A=MAIL11_MAILER_ARGS
_mc_bdivert(-1)
