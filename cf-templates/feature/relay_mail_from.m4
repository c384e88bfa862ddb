divert(-1)
dnl #
dnl # feature/relay_mail_from.m4 -- relay when the sender has a From: RELAY access
dnl # entry (arg1 domain: its domain too).  Needs access_db; forgeable.
dnl #
ifdef(`_ACCESS_TABLE_', `define(`_RELAY_DB_FROM_', `1')ifelse(_ARG_, `domain', `define(`_RELAY_DB_FROM_DOMAIN_', `1')')',
	`_mc_needaccess')
_mc_warning(`FEATURE(relay_mail_from) may cause your system to act as open relay; use SMTP AUTH or STARTTLS instead')
