divert(-1)
dnl #
dnl # mailer/ssh.m4 -- SMTP over ssh to a remote "sendmail -bs".  SSH_MAILER_USER and
dnl # SSH_MAILER_DIR are required; SSH_MAILER_PATH (or SSH_PATH) /usr/bin/ssh,
dnl # SSH_MAILER_HOST $h, SSH_REMOTE_COMMAND "/usr/sbin/sendmail -bs",
dnl # SSH_MAILER_ARGS, SSH_MAILER_FLAGS (added to mDFMuX),
dnl # SSH_MAILER_MAX/_MAXMSGS/_MAXRCPTS/_CHARSET/_QGRP.
dnl #
ifdef(`SSH_MAILER_PATH', `',
	`define(`SSH_MAILER_PATH', ifdef(`SSH_PATH', `defn(`SSH_PATH')', `/usr/bin/ssh'))')
_DEFIFNOT(`SSH_REMOTE_COMMAND', `/usr/sbin/sendmail -bs')
_DEFIFNOT(`_DEF_SSH_MAILER_FLAGS', `mDFMuX')
_DEFIFNOT(`SSH_MAILER_FLAGS', `')
ifdef(`SSH_MAILER_ARGS', `', `define(`SSH_MAILER_ARGS',
	`ssh -o BatchMode=yes -o EscapeChar=none  -- 'SSH_MAILER_HOST` 'SSH_REMOTE_COMMAND)')
_DEFIFNOT(`SSH_MAILER_HOST', `$h')
ifdef(`SSH_MAILER_USER', `', `_mc_warning(`SSH_MAILER_USER must be defined before MAILER(ssh)')')
ifdef(`SSH_MAILER_DIR', `', `_mc_warning(`SSH_MAILER_DIR must be defined before MAILER(ssh)')')
_mc_bdivert(_mc_MAILERS)dnl
Mssh,	P=SSH_MAILER_PATH, F=_mc_flags(defn(`_DEF_SSH_MAILER_FLAGS')defn(`SSH_MAILER_FLAGS'), `SSH'), S=EnvFromSMTP/HdrFromSMTP, R=ifdef(`_ALL_MASQUERADE_', `EnvToSMTP/HdrFromSMTP', `EnvToSMTP'), E=\r\n, L=990,
	_mc_eq(`SSH_MAILER_MAX', `M')_mc_eq(`SSH_MAILER_MAXMSGS', `m')_mc_eq(`SSH_MAILER_MAXRCPTS', `r')_mc_eq(`SSH_MAILER_CHARSET', `C')T=DNS/RFC822/SMTP,_mc_qgrp(`SSH_MAILER_QGRP')
	U=SSH_MAILER_USER, D=SSH_MAILER_DIR,
	A=SSH_MAILER_ARGS
_mc_bdivert(-1)
