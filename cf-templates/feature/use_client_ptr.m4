divert(-1)
dnl #
dnl # feature/use_client_ptr.m4 -- check_relay sees the unverified PTR name.
dnl #
define(`_USE_CLIENT_PTR_', `1')
dnl # no argument is used
_mc_argsunused
