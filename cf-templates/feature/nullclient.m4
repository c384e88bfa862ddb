divert(-1)
dnl #
dnl # feature/nullclient.m4 -- a host that hands all its mail to one hub (arg1,
dnl # required): hub = MAIL_HUB = SMART_HOST = masquerade name, no aliases,
dnl # no .forward, only the local and smtp mailers.  Combine only with
dnl # nocanonify.
dnl #
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_error(`FEATURE(nullclient) requires an argument')',
	`define(`_NULL_CLIENT_', _ARG_)')
undefine(`ALIAS_FILE')
define(`MAIL_HUB', _NULL_CLIENT_)
define(`SMART_HOST', _NULL_CLIENT_)
define(`confFORWARD_PATH', `')
ifdef(`confFROM_HEADER', `', `define(`confFROM_HEADER', `<$g>')')
define(`_DEF_LOCAL_MAILER_FLAGS', `lsDFM5q')
MASQUERADE_AS(_NULL_CLIENT_)
FEATURE(`allmasquerade')
FEATURE(`masquerade_envelope')
MAILER(`local')
MAILER(`smtp')
