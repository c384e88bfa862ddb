divert(-1)
dnl #
dnl # feature/virtusertable.m4 -- per-domain aliases for local and VIRTUSER_DOMAIN
dnl # domains.  arg1: map spec or LDAP.
dnl #
define(`_VIRTUSER_TABLE_', `')
_mc_declon
Kvirtuser _mc_mapspec(`virtusertable', `virtuser')
_mc_decloff
