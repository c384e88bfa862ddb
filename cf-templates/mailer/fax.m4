divert(-1)
dnl #
dnl # mailer/fax.m4 -- user@host.FAX to a fax program (HylaFAX faxmail).
dnl # FAX_MAILER_PATH /usr/bin/faxmail, FAX_MAILER_ARGS "faxmail -d $u@$h $f",
dnl # FAX_MAILER_MAX 100000, FAX_MAILER_QGRP.
dnl #
_DEFIFNOT(`FAX_MAILER_ARGS', `faxmail -d $u@$h $f')
_DEFIFNOT(`FAX_MAILER_PATH', `/usr/bin/faxmail')
_DEFIFNOT(`FAX_MAILER_MAX', `100000')
_mc_bdivert(_mc_MAILERS)dnl
Mfax,		P=FAX_MAILER_PATH, F=DFMhu, S=14, R=24,
		M=FAX_MAILER_MAX, T=X-Phone/X-FAX/X-Unix,_mc_qgrp(`FAX_MAILER_QGRP')
		A=FAX_MAILER_ARGS
_mc_bdivert(-1)
_mc_declon
CPFAX
_mc_decloff
