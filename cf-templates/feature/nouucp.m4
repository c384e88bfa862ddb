divert(-1)
dnl #
dnl # feature/nouucp.m4 -- ! is no routing operator, no UUCP rules, no trusted user uucp.
dnl # arg1 (required): reject (such recipients are treated as remote) or
dnl # nospecial.
dnl #
ifelse(_mc_empty(defn(`_ARG_')), `1',
	`_mc_error(`missing argument for FEATURE(nouucp): use reject or nospecial')define(`_NO_UUCP_', `e')',
	substr(defn(`_ARG_'), 0, 1), `r', `define(`_NO_UUCP_', `r')',
	substr(defn(`_ARG_'), 0, 1), `n', `define(`_NO_UUCP_', `n')',
	`_mc_error(`illegal argument 'defn(`_ARG_')` for FEATURE(nouucp)')')
dnl # reject only changes the relay rules, which promiscuous_relay leaves out
_mc_argcanon(1, `ifelse(substr(`$1', 0, 1), `r', `ifdef(`_PROMISCUOUS_RELAY_', ``nospecial'', ``$1'')', ``$1'')')
