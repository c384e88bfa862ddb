divert(-1)
dnl #
dnl # feature/local_procmail.m4 -- deliver local mail through procmail (or
dnl # another program taking the same arguments, e.g. maildrop).
dnl #	arg1	path (default PROCMAIL_MAILER_PATH, else /usr/local/bin/procmail)
dnl #	arg2	argument vector (default procmail -a $h -d $u)
dnl #	arg3	mailer flags (default SPfhn9)
dnl # Must come before MAILER(local); it cancels local_lmtp.
dnl #
_mc_beforelocal
_mc_argdefault(1, ifdef(`PROCMAIL_MAILER_PATH', `defn(`PROCMAIL_MAILER_PATH')', `/usr/local/bin/procmail'))dnl
_mc_argdefault(2, `procmail -a $h -d $u')_mc_argdefault(3, `SPfhn9')dnl
define(`LOCAL_MAILER_PATH', ifelse(_mc_empty(defn(`_ARG_')), `1',
	`ifdef(`PROCMAIL_MAILER_PATH', `defn(`PROCMAIL_MAILER_PATH')', `/usr/local/bin/procmail')',
	`defn(`_ARG_')'))
define(`LOCAL_MAILER_ARGS', ifelse(_mc_empty(_ARG2_), `1', `procmail -a $h -d $u', `_ARG2_'))
define(`LOCAL_MAILER_FLAGS', ifelse(_mc_empty(_ARG3_), `1', `SPfhn9', `_ARG3_'))
undefine(`_LOCAL_LMTP_')
undefine(`LOCAL_MAILER_DSN_DIAGNOSTIC_CODE')
