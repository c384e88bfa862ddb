divert(-1)
dnl #
dnl # feature/relay_local_from.m4 -- relay when the sender's domain is local
dnl # (forgeable).
dnl #
define(`_RELAY_LOCAL_FROM_', `1')
_mc_warning(`FEATURE(relay_local_from) may cause your system to act as open relay; use SMTP AUTH or STARTTLS instead')
dnl # no argument is used
_mc_argsunused
