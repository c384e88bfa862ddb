divert(-1)
dnl #
dnl # feature/relay_based_on_MX.m4 -- relay for domains whose MX points here.
dnl #
define(`_RELAY_MX_SERVED_', `1')
_mc_declon
Kmxserved bestmx -z: -T<TEMP>
_mc_decloff
dnl # no argument is used
_mc_argsunused
