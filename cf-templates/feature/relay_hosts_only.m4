divert(-1)
dnl #
dnl # feature/relay_hosts_only.m4 -- relay entries match exact host names, not subdomains.
dnl #
define(`_RELAY_HOSTS_ONLY_', `1')
dnl # no argument is used
_mc_argsunused
