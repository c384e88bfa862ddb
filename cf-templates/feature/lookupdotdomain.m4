divert(-1)
dnl #
dnl # feature/lookupdotdomain.m4 -- access lookups also try .parent.domain keys.
dnl # Needs access_db.
dnl #
ifdef(`_ACCESS_TABLE_', `define(`_LOOKUPDOTDOMAIN_')', `_mc_needaccess')
ifdef(`_RELAY_HOSTS_ONLY_',
	`_mc_warning(`FEATURE(lookupdotdomain) does not work well with FEATURE(relay_hosts_only)')')
dnl # no argument is used
_mc_argsunused
