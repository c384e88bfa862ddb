divert(-1)
dnl #
dnl # feature/stickyhost.m4 -- user@thishost goes to MAIL_HUB unaliased, never to LOCAL_RELAY.
dnl #
define(`_STICKY_LOCAL_DOMAIN_', `1')
dnl # no argument is used
_mc_argsunused
