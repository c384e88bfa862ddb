divert(-1)
dnl #
dnl # feature/notsticky.m4 -- does nothing (non-sticky is the default since 8.7).
dnl #
dnl # no argument is used
_mc_argsunused
