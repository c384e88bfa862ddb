divert(-1)
dnl #
dnl # feature/prefixmod.m4 -- recipients starting with arg1 lose the prefix and
dnl # get the mailer flags arg2 (both required; experimental).
dnl #
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_error(`FEATURE(prefixmod) requires an argument')',
	`define(`_PREFIX_MOD_', _ARG_)')
ifelse(_mc_empty(_ARG2_), `1', `_mc_error(`FEATURE(prefixmod) requires two arguments')',
	`define(`_PREFIX_FLAGS_', _ARG2_)')
define(`_NEED_MACRO_MAP_', `1')
