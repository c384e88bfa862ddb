divert(-1)
dnl #
dnl # feature/tls_failures.m4 -- replaced by confTLS_FALLBACK_TO_CLEAR, which it
dnl # still sets.
dnl #
_mc_error(`FEATURE(tls_failures) has been replaced by confTLS_FALLBACK_TO_CLEAR')
define(`confTLS_FALLBACK_TO_CLEAR', `true')
dnl # no argument is used
_mc_argsunused
