divert(-1)
dnl #
dnl # mailer/smtp.m4 -- the SMTP family: smtp (plain), esmtp (extended),
dnl # smtp8 (8-bit without asking), dsmtp (on demand, held for ETRN) and
dnl # relay (towards SMART_HOST and the hubs).  Parameters, defined before
dnl # MAILER(smtp): SMTP_MAILER_FLAGS (added to the fixed mDFMuX; relay uses
dnl # RELAY_MAILER_FLAGS, by default the same), SMTP_MAILER_ARGS,
dnl # ESMTP_MAILER_ARGS, SMTP8_MAILER_ARGS, DSMTP_MAILER_ARGS,
dnl # RELAY_MAILER_ARGS (all `TCP $h'), SMTP_MAILER_LL 990, RELAY_MAILER_LL
dnl # 2040, SMTP_MAILER_MAX/_MAXMSGS/_MAXRCPTS/_CHARSET,
dnl # RELAY_MAILER_MAXMSGS/_CHARSET, and a *_MAILER_QGRP for each.
dnl # MODIFY_MAILER_FLAGS names: SMTP, ESMTP, SMTP8, DSMTP, RELAY.
dnl #
dnl # cf/README: procmail uses the rulesets of this file, so MAILER(smtp)
dnl # comes first (sendmail's cf kit does not check it)
ifdef(`_MAILER_procmail_', `_mc_warning(`MAILER(smtp) must appear before MAILER(procmail)')')
_DEFIFNOT(`_DEF_SMTP_MAILER_FLAGS', `mDFMuX')
_DEFIFNOT(`SMTP_MAILER_FLAGS', `')
_DEFIFNOT(`SMTP_MAILER_LL', `990')
_DEFIFNOT(`RELAY_MAILER_LL', `2040')
_DEFIFNOT(`RELAY_MAILER_FLAGS', `SMTP_MAILER_FLAGS')
_DEFIFNOT(`SMTP_MAILER_ARGS', `TCP $h')
_DEFIFNOT(`ESMTP_MAILER_ARGS', `TCP $h')
_DEFIFNOT(`SMTP8_MAILER_ARGS', `TCP $h')
_DEFIFNOT(`DSMTP_MAILER_ARGS', `TCP $h')
_DEFIFNOT(`RELAY_MAILER_ARGS', `TCP $h')
dnl # recipient rewriting: with allmasquerade headers are masqueraded too
define(`_mc_smtp_r', ifdef(`_ALL_MASQUERADE_', `EnvToSMTP/HdrFromSMTP', `EnvToSMTP'))
define(`_mc_smtp_lim',
`_mc_eq(`SMTP_MAILER_MAX', `M')_mc_eq(`SMTP_MAILER_MAXMSGS', `m')_mc_eq(`SMTP_MAILER_MAXRCPTS', `r')_mc_eq(`SMTP_MAILER_CHARSET', `C')')
dnl # _mc_smtp_m(NAME, EXTRA-FLAGS, MODIFY-NAME, ARGS-VAR)
define(`_mc_smtp_m',
`M$1,		P=[IPC], F=_mc_flags(defn(`_DEF_SMTP_MAILER_FLAGS')`$2'SMTP_MAILER_FLAGS, `$3'), S=EnvFromSMTP/HdrFromSMTP, R=_mc_smtp_r, E=\r\n, L=SMTP_MAILER_LL,
		_mc_smtp_lim`'T=DNS/RFC822/SMTP,_mc_qgrp(`$3_MAILER_QGRP')
		A=$4
')
_mc_bdivert(_mc_MAILERS)dnl
_mc_smtp_m(`smtp', `', `SMTP', `SMTP_MAILER_ARGS')dnl
_mc_smtp_m(`esmtp', `a', `ESMTP', `ESMTP_MAILER_ARGS')dnl
_mc_smtp_m(`smtp8', `8', `SMTP8', `SMTP8_MAILER_ARGS')dnl
_mc_smtp_m(`dsmtp', `a%', `DSMTP', `DSMTP_MAILER_ARGS')dnl
Mrelay,		P=[IPC], F=_mc_flags(defn(`_DEF_SMTP_MAILER_FLAGS')`a8'RELAY_MAILER_FLAGS, `RELAY'), S=EnvFromSMTP/HdrFromSMTP, R=ifdef(`_ALL_MASQUERADE_', `MasqSMTP/MasqRelay', `MasqSMTP'), E=\r\n, L=RELAY_MAILER_LL,
		_mc_eq(`RELAY_MAILER_CHARSET', `C')_mc_eq(`RELAY_MAILER_MAXMSGS', `m')_mc_eq(`SMTP_MAILER_MAXRCPTS', `r')T=DNS/RFC822/SMTP,_mc_qgrp(`RELAY_MAILER_QGRP')
		A=RELAY_MAILER_ARGS
_mc_bdivert(-1)
