divert(-1)
dnl #
dnl # feature/nopercenthack.m4 -- % is no routing operator in local parts.
dnl # arg1 (required): reject (such recipients are treated as remote) or
dnl # nospecial.
dnl #
ifelse(_mc_empty(defn(`_ARG_')), `1',
	`_mc_error(`missing argument for FEATURE(nopercenthack): use reject or nospecial')define(`_NO_PERCENTHACK_', `e')',
	substr(defn(`_ARG_'), 0, 1), `r', `define(`_NO_PERCENTHACK_', `r')',
	substr(defn(`_ARG_'), 0, 1), `n', `define(`_NO_PERCENTHACK_', `n')',
	`_mc_error(`illegal argument 'defn(`_ARG_')` for FEATURE(nopercenthack)')')
dnl # reject only changes the relay rules, which promiscuous_relay leaves out
_mc_argcanon(1, `ifelse(substr(`$1', 0, 1), `r', `ifdef(`_PROMISCUOUS_RELAY_', ``nospecial'', ``$1'')', ``$1'')')
