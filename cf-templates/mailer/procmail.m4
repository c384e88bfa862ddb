divert(-1)
dnl #
dnl # mailer/procmail.m4 -- a procmail mailer for mailertable entries
dnl # procmail:/path/rcfile.  PROCMAIL_MAILER_PATH (or the older PROCMAIL_PATH,
dnl # default /usr/local/bin/procmail), PROCMAIL_MAILER_ARGS
dnl # "procmail -Y -m $h $f $u", PROCMAIL_MAILER_FLAGS SPhnu9 (added to DFM),
dnl # PROCMAIL_MAILER_MAX, _QGRP.
dnl #
ifdef(`PROCMAIL_MAILER_PATH', `',
	`define(`PROCMAIL_MAILER_PATH', ifdef(`PROCMAIL_PATH', `defn(`PROCMAIL_PATH')', `/usr/local/bin/procmail'))')
_DEFIFNOT(`PROCMAIL_MAILER_FLAGS', `SPhnu9')
_DEFIFNOT(`PROCMAIL_MAILER_ARGS', `procmail -Y -m $h $f $u')
_mc_bdivert(_mc_MAILERS)dnl
Mprocmail,	P=PROCMAIL_MAILER_PATH, F=_mc_flags(`DFM'defn(`PROCMAIL_MAILER_FLAGS'), `PROCMAIL'), S=EnvFromSMTP/HdrFromSMTP, R=EnvToSMTP/HdrFromSMTP,
		_mc_eq(`PROCMAIL_MAILER_MAX', `M')T=DNS/RFC822/X-Unix,_mc_qgrp(`PROCMAIL_MAILER_QGRP')
		A=PROCMAIL_MAILER_ARGS
_mc_bdivert(-1)
