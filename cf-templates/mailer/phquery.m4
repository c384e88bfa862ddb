divert(-1)
dnl #
dnl # mailer/phquery.m4 -- the ph mailer (CCSO name server lookups).
dnl # PH_MAILER_PATH /usr/local/etc/phquery, PH_MAILER_FLAGS ehmu (added to
dnl # nrDFM), PH_MAILER_ARGS "phquery -- $u", PH_MAILER_QGRP.
dnl #
_DEFIFNOT(`PH_MAILER_PATH', `/usr/local/etc/phquery')
_DEFIFNOT(`PH_MAILER_FLAGS', `ehmu')
_DEFIFNOT(`PH_MAILER_ARGS', `phquery -- $u')
_mc_bdivert(_mc_MAILERS)dnl
Mph,		P=PH_MAILER_PATH, F=_mc_flags(`nrDFM'defn(`PH_MAILER_FLAGS'), `PH'), S=EnvFromL, R=EnvToL/HdrToL,
		T=DNS/RFC822/X-Unix,_mc_qgrp(`PH_MAILER_QGRP')
		A=PH_MAILER_ARGS
_mc_bdivert(-1)
