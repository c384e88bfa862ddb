divert(-1)
dnl #
dnl # mailer/cyrusv2.m4 -- Cyrus IMAP 2 over LMTP on a unix socket.
dnl # CYRUSV2_MAILER_ARGS "FILE /var/run/cyrus/socket/lmtp", CYRUSV2_MAILER_FLAGS
dnl # A@/:|m (added to lsDFMnqXz), CYRUSV2_MAILER_MAXMSGS/_MAXRCPTS/_CHARSET/_QGRP.
dnl #
_DEFIFNOT(`_DEF_CYRUSV2_MAILER_FLAGS', `lsDFMnqXz')
_DEFIFNOT(`CYRUSV2_MAILER_FLAGS', `A@/:|m')
_DEFIFNOT(`CYRUSV2_MAILER_ARGS', `FILE /var/run/cyrus/socket/lmtp')
_mc_bdivert(_mc_MAILERS)dnl
Mcyrusv2,	P=[IPC], F=_mc_flags(defn(`_DEF_CYRUSV2_MAILER_FLAGS')defn(`CYRUSV2_MAILER_FLAGS'), `CYRUSV2'),
		S=EnvFromSMTP/HdrFromL, R=EnvToL/HdrToL, E=\r\n,
		_mc_eq(`CYRUSV2_MAILER_MAXMSGS', `m')_mc_eq(`CYRUSV2_MAILER_MAXRCPTS', `r')_mc_eq(`CYRUSV2_MAILER_CHARSET', `C')T=DNS/RFC822/SMTP,_mc_qgrp(`CYRUSV2_MAILER_QGRP')
		A=CYRUSV2_MAILER_ARGS
_mc_bdivert(-1)
