divert(-1)
dnl #
dnl # mailer/xagent.m4 -- the IBM VNET XAGENT gateway (Debian).  XAGENT_MAILER_PATH
dnl # /usr/lib/xagent, XAGENT_MAILER_FLAGS DFMueXLn, XAGENT_MAILER_ARGS
dnl # "xagent $h $u", XAGENT_MAILER_MAX.
dnl #
_DEFIFNOT(`XAGENT_MAILER_PATH', `/usr/lib/xagent')
_DEFIFNOT(`XAGENT_MAILER_FLAGS', `DFMueXLn')
_DEFIFNOT(`XAGENT_MAILER_ARGS', `xagent $h $u')
_mc_bdivert(_mc_MAILERS)dnl
Mxagent,	P=XAGENT_MAILER_PATH, F=XAGENT_MAILER_FLAGS, S=11/31, R=21/31,
		_mc_eq(`XAGENT_MAILER_MAX', `M')T=DNS/RFC822/X-Unix,
		A=XAGENT_MAILER_ARGS, E=\n
_mc_bdivert(-1)
