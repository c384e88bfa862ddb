divert(-1)
dnl #
dnl # feature/authinfo.m4 -- a map of its own for client AUTH credentials
dnl # (AuthInfo: entries).  arg1: map spec or LDAP.
dnl #
define(`_AUTHINFO_TABLE_', `')
_mc_declon
Kauthinfo _mc_mapspec(`authinfo', `authinfo')
_mc_decloff
