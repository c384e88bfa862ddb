divert(-1)
dnl #
dnl # feature/relay_entire_domain.m4 -- hosts of the local domain (class m) may relay.
dnl #
define(`_RELAY_ENTIRE_DOMAIN_', `1')
dnl # no argument is used
_mc_argsunused
