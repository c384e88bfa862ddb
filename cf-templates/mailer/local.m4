divert(-1)
dnl #
dnl # mailer/local.m4 -- the local delivery agent (local) and the program
dnl # mailer (prog).  Parameters (define them before MAILER(local)):
dnl #	LOCAL_MAILER_PATH /bin/mail, LOCAL_MAILER_ARGS `mail -d $u',
dnl #	LOCAL_MAILER_FLAGS Prmn9 (added to the fixed lsDFMAw5:/|@q),
dnl #	LOCAL_MAILER_MAX/_MAXMSGS/_MAXRCPTS/_CHARSET/_EOL/_QGRP,
dnl #	LOCAL_MAILER_DSN_DIAGNOSTIC_CODE X-Unix;
dnl #	LOCAL_SHELL_PATH /bin/sh, LOCAL_SHELL_ARGS `sh -c $u',
dnl #	LOCAL_SHELL_FLAGS eu9 (added to lsDFMoq), LOCAL_SHELL_DIR $z:/,
dnl #	LOCAL_PROG_QGRP.
dnl # MODIFY_MAILER_FLAGS names: LOCAL, SHELL.
dnl #
_DEFIFNOT(`_DEF_LOCAL_MAILER_FLAGS', `lsDFMAw5:/|@q')
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `Prmn9')
_DEFIFNOT(`LOCAL_MAILER_PATH', `/bin/mail')
_DEFIFNOT(`LOCAL_MAILER_ARGS', `mail -d $u')
_DEFIFNOT(`LOCAL_MAILER_DSN_DIAGNOSTIC_CODE', `X-Unix')
_DEFIFNOT(`_DEF_LOCAL_SHELL_FLAGS', `lsDFMoq')
_DEFIFNOT(`LOCAL_SHELL_FLAGS', `eu9')
_DEFIFNOT(`LOCAL_SHELL_PATH', `/bin/sh')
_DEFIFNOT(`LOCAL_SHELL_ARGS', `sh -c $u')
_DEFIFNOT(`LOCAL_SHELL_DIR', `$z:/')
define(`_mc_local_rw', ifdef(`_LOCAL_LMTP_',
	``S=EnvFromSMTP/HdrFromL, R=EnvToL/HdrToL'',
	``S=EnvFromL/HdrFromL, R=EnvToL/HdrToL''))
_mc_bdivert(_mc_MAILERS)dnl
Mlocal,		P=LOCAL_MAILER_PATH, F=_mc_flags(defn(`_DEF_LOCAL_MAILER_FLAGS')defn(`LOCAL_MAILER_FLAGS'), `LOCAL'), _mc_local_rw,ifdef(`LOCAL_MAILER_EOL', ` E=LOCAL_MAILER_EOL, ')
		_mc_eq(`LOCAL_MAILER_MAX', `M')_mc_eq(`LOCAL_MAILER_MAXMSGS', `m')_mc_eq(`LOCAL_MAILER_MAXRCPTS', `r')_mc_eq(`LOCAL_MAILER_CHARSET', `C')T=DNS/RFC822/LOCAL_MAILER_DSN_DIAGNOSTIC_CODE,_mc_qgrp(`LOCAL_MAILER_QGRP')
		A=LOCAL_MAILER_ARGS
Mprog,		P=LOCAL_SHELL_PATH, F=_mc_flags(defn(`_DEF_LOCAL_SHELL_FLAGS')defn(`LOCAL_SHELL_FLAGS'), `SHELL'), S=EnvFromL/HdrFromL, R=EnvToL/HdrToL, D=LOCAL_SHELL_DIR,
		_mc_eq(`LOCAL_MAILER_MAX', `M')T=X-Unix/X-Unix/X-Unix,_mc_qgrp(`LOCAL_PROG_QGRP')
		A=LOCAL_SHELL_ARGS
