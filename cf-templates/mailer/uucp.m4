divert(-1)
dnl #
dnl # mailer/uucp.m4 -- UUCP delivery: uucp (= uucp-old), uucp-old, suucp, uucp-new,
dnl # and, when MAILER(smtp) came first, the domain-style uucp-dom and
dnl # uucp-uudom.  Parameters: UUCP_MAILER_PATH /usr/bin/uux, UUCP_MAILER_ARGS,
dnl # UUCP_MAILER_FLAGS (added to the fixed ones), UUCP_MAILER_MAX 100000
dnl # (or the older UUCP_MAX_SIZE), UUCP_MAILER_CHARSET, UUCP_MAILER_QGRP.
dnl # MODIFY_MAILER_FLAGS name: UUCP.
dnl #
_DEFIFNOT(`UUCP_MAILER_PATH', `/usr/bin/uux')
_DEFIFNOT(`UUCP_MAILER_ARGS', `uux - -r -a$g -gC $h!rmail ($u)')
_DEFIFNOT(`UUCP_MAILER_FLAGS', `')
ifdef(`UUCP_MAILER_MAX', `',
	`define(`UUCP_MAILER_MAX', ifdef(`UUCP_MAX_SIZE', `defn(`UUCP_MAX_SIZE')', `100000'))')
ifdef(`_MAILER_smtp_', `',
	`_mc_warning(`MAILER(smtp) must appear before MAILER(uucp) if uucp-dom should be included')')
dnl # _mc_uucp_m(NAME, FIXED-FLAGS, S, R)
define(`_mc_uucp_m',
`M$1,	ifelse(len(`$1'), `4', `	')P=UUCP_MAILER_PATH, F=_mc_flags(`$2'defn(`UUCP_MAILER_FLAGS'), `UUCP'), S=$3, R=$4,
		M=UUCP_MAILER_MAX, _mc_eq(`UUCP_MAILER_CHARSET', `C')T=X-UUCP/X-UUCP/X-Unix,_mc_qgrp(`UUCP_MAILER_QGRP')
		A=UUCP_MAILER_ARGS
')
define(`_mc_uucp_r', ifdef(`_ALL_MASQUERADE_', `EnvToSMTP/HdrFromSMTP', `EnvToSMTP'))
_mc_bdivert(_mc_MAILERS)dnl
_mc_uucp_m(`uucp', `DFMhuUd', `FromU', `EnvToU/HdrToU')dnl
_mc_uucp_m(`uucp-old', `DFMhuUd', `FromU', `EnvToU/HdrToU')dnl
_mc_uucp_m(`suucp', `mDFMhuUd', `FromU', `EnvToU/HdrToU')dnl
_mc_uucp_m(`uucp-new', `mDFMhuUd', `FromU', `EnvToU/HdrToU')dnl
ifdef(`_MAILER_smtp_', `_mc_uucp_m(`uucp-dom', `mDFMhud', `EnvFromUD/HdrFromSMTP', _mc_uucp_r)dnl
_mc_uucp_m(`uucp-uudom', `mDFMhud', `EnvFromUUD/HdrFromSMTP', _mc_uucp_r)')dnl
_mc_bdivert(-1)
