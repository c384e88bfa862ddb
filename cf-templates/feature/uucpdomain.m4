divert(-1)
dnl #
dnl # feature/uucpdomain.m4 -- UUCP host names mapped to domains.  arg1: map
dnl # spec or LDAP.  Obsolete.
dnl #
define(`_UUDOMAIN_TABLE_', `')
_mc_declon
Kuudomain _mc_mapspec(`uudomain', `uucpdomain')
_mc_decloff
