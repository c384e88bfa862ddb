divert(-1)
dnl #
dnl # feature/ratecontrol.m4 -- limit open connection rate per client (ClientRate:
dnl # entries).  arg1 nodelay (needs delay_checks), arg2 terminate (421).
dnl #
ifdef(`_ACCESS_TABLE_',
`define(`_RATE_CONTROL_', `1')dnl
ifelse(_mc_empty(defn(`_ARG_')), `1', `',
	strcasecmp(defn(`_ARG_'), `nodelay'), `1',
	`ifdef(`_DELAY_CHECKS_', `define(`_RATE_CONTROL_IMMEDIATE_', `1')define(`_CONTROL_IMMEDIATE_', `1')',
		`_mc_error(`FEATURE(ratecontrol, nodelay) requires FEATURE(delay_checks)')')',
	`_mc_error(`unknown parameter of FEATURE(ratecontrol): 'defn(`_ARG_'))')dnl
define(`_FFR_SRCHLIST_A', `1')dnl
ifelse(_mc_empty(_ARG2_), `1', `', _ARG2_, `terminate', `define(`_RATE_CONTROL_REPLY', `421')',
	`_mc_error(`unknown argument of FEATURE(ratecontrol): '_ARG2_)')',
`_mc_needaccess')
ifdef(`_RATE_CONTROL_REPLY', `', `define(`_RATE_CONTROL_REPLY', `452')')
