divert(-1)
dnl #
dnl # feature/limited_masquerade.m4 -- only class M domains are masqueraded, not class w.
dnl #
define(`_LIMITED_MASQUERADE_', `1')
dnl # no argument is used
_mc_argsunused
