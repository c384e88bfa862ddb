divert(-1)
dnl #
dnl # mailer/cyrus.m4 -- Cyrus IMAP delivery (cyrus; cyrusbb for bulletin boards).
dnl # CYRUS_MAILER_PATH /usr/sbin/cyrdeliver, CYRUS_MAILER_ARGS
dnl # "cyrdeliver -e -m $h -- $u", CYRUS_MAILER_FLAGS Ah5@/:| (added to
dnl # lsDFMnPq), CYRUS_MAILER_USER cyrus:mail, CYRUS_MAILER_MAX,
dnl # CYRUS_BB_MAILER_FLAGS u, CYRUS_BB_MAILER_ARGS "cyrdeliver -e -m $u",
dnl # CYRUS_MAILER_QGRP.  Must follow MAILER(local).
dnl #
ifdef(`_MAILER_local_', `', `_mc_warning(`MAILER(cyrus) should come after MAILER(local)')')
_DEFIFNOT(`CYRUS_MAILER_FLAGS', `Ah5@/:|')
_DEFIFNOT(`CYRUS_MAILER_PATH', `/usr/sbin/cyrdeliver')
_DEFIFNOT(`CYRUS_MAILER_ARGS', `cyrdeliver -e -m $h -- $u')
_DEFIFNOT(`CYRUS_MAILER_USER', `cyrus:mail')
_DEFIFNOT(`CYRUS_BB_MAILER_FLAGS', `u')
_DEFIFNOT(`CYRUS_BB_MAILER_ARGS', `cyrdeliver -e -m $u')
_mc_bdivert(_mc_MAILERS)dnl
Mcyrus,		P=CYRUS_MAILER_PATH, F=_mc_flags(`lsDFMnPq'defn(`CYRUS_MAILER_FLAGS'), `CYRUS'), S=EnvFromL, R=EnvToL/HdrToL,
		_mc_eq(`CYRUS_MAILER_MAX', `M')U=CYRUS_MAILER_USER, T=DNS/RFC822/X-Unix,_mc_qgrp(`CYRUS_MAILER_QGRP')
		A=CYRUS_MAILER_ARGS
Mcyrusbb,	P=CYRUS_MAILER_PATH, F=_mc_flags(`lsDFMnP'defn(`CYRUS_BB_MAILER_FLAGS'), `CYRUS'), S=EnvFromL, R=EnvToL/HdrToL,
		_mc_eq(`CYRUS_MAILER_MAX', `M')U=CYRUS_MAILER_USER, T=DNS/RFC822/X-Unix,_mc_qgrp(`CYRUS_MAILER_QGRP')
		A=CYRUS_BB_MAILER_ARGS
_mc_bdivert(-1)
