divert(-1)
dnl #
dnl # feature/accept_unresolvable_domains.m4 -- sender domains are not looked
dnl # up in DNS: no resolve map, no 'does not exist' refusals.
dnl #
define(`_ACCEPT_UNRESOLVABLE_DOMAINS_', `1')
dnl # no argument is used
_mc_argsunused
