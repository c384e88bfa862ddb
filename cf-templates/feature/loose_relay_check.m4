divert(-1)
dnl #
dnl # feature/loose_relay_check.m4 -- routed recipients (a%b@here) are not unwrapped before the relay check.
dnl #
define(`_LOOSE_RELAY_CHECK_', `1')
dnl # no argument is used
_mc_argsunused
