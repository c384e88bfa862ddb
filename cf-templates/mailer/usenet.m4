divert(-1)
dnl #
dnl # mailer/usenet.m4 -- news posting: user.USENET addresses go to inews.
dnl # USENET_MAILER_PATH /usr/lib/news/inews, USENET_MAILER_ARGS "inews -m -h -n"
dnl # ($u appended), USENET_MAILER_FLAGS rsDFMmn, USENET_MAILER_MAX, _QGRP.
dnl #
_DEFIFNOT(`USENET_MAILER_PATH', `/usr/lib/news/inews')
_DEFIFNOT(`USENET_MAILER_FLAGS', `rsDFMmn')
_DEFIFNOT(`USENET_MAILER_ARGS', `inews -m -h -n')
_mc_bdivert(_mc_MAILERS)dnl
Musenet,	P=USENET_MAILER_PATH, F=_mc_flags(defn(`USENET_MAILER_FLAGS'), `USENET'), S=EnvFromL, R=EnvToL,
		_mc_eq(`USENET_MAILER_MAX', `M')T=X-Usenet/X-Usenet/X-Unix,_mc_qgrp(`USENET_MAILER_QGRP')
		A=USENET_MAILER_ARGS $u
_mc_bdivert(-1)
