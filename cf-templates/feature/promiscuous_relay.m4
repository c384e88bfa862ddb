divert(-1)
dnl #
dnl # feature/promiscuous_relay.m4 -- no relay checks at all: an open relay.
dnl #
define(`_PROMISCUOUS_RELAY_', `1')
_mc_warning(`FEATURE(promiscuous_relay) configures your system as open relay; do not use it on a server connected to the Internet')
dnl # no argument is used
_mc_argsunused
