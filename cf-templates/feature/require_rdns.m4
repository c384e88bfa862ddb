divert(-1)
dnl #
dnl # feature/require_rdns.m4 -- refuse clients without a valid reverse DNS name.
dnl #
define(`_REQUIRE_RDNS_', `1')
dnl # no argument is used
_mc_argsunused
