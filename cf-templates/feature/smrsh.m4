divert(-1)
dnl #
dnl # feature/smrsh.m4 -- |program deliveries run through smrsh, the restricted
dnl # shell.  arg1: its path (default confEBINDIR/smrsh).  Must precede
dnl # MAILER(local).
dnl #
_mc_beforelocal
_mc_argdefault(1, ifdef(`confEBINDIR', `defn(`confEBINDIR')', `/usr/libexec')`/smrsh')dnl
define(`LOCAL_SHELL_PATH', ifelse(_mc_empty(defn(`_ARG_')), `1',
	ifdef(`confEBINDIR', `defn(`confEBINDIR')', `/usr/libexec')`/smrsh', `defn(`_ARG_')'))
_DEFIFNOT(`LOCAL_SHELL_ARGS', `smrsh -c $u')
