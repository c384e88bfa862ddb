divert(-1)
dnl #
dnl # feature/domaintable.m4 -- rename host names in addresses (exact match).
dnl # arg1: map spec or LDAP.
dnl #
define(`_DOMAIN_TABLE_', `')
_mc_declon
Kdomaintable _mc_mapspec(`domaintable', `domain')
_mc_decloff
