divert(-1)
dnl #
dnl # feature/local_lmtp.m4 -- local delivery through an LMTP agent.
dnl # 	arg1	path (default confEBINDIR/mail.local)
dnl # 	arg2	argument vector (default mail.local -l)
dnl # Must come before MAILER(local).
dnl #
_mc_beforelocal
define(`LOCAL_MAILER_PATH', ifelse(_mc_empty(defn(`_ARG_')), `1',
	ifdef(`confEBINDIR', `defn(`confEBINDIR')', `/usr/libexec')`/mail.local', `defn(`_ARG_')'))
define(`LOCAL_MAILER_FLAGS', `PSXmnz9')
define(`LOCAL_MAILER_ARGS', ifelse(_mc_empty(_ARG2_), `1', `mail.local -l', `_ARG2_'))
define(`LOCAL_MAILER_DSN_DIAGNOSTIC_CODE', `SMTP')
define(`_LOCAL_LMTP_', `1')
