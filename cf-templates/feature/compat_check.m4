divert(-1)
dnl #
dnl # feature/compat_check.m4 -- per sender/recipient pair decisions from
dnl # Compat: entries of the access map.  Needs access_db.
dnl #
_mc_needaccess
define(`_COMPAT_CHECK_', `1')
dnl # no argument is used
_mc_argsunused
