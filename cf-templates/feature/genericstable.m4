divert(-1)
dnl #
dnl # feature/genericstable.m4 -- rewrite outgoing sender addresses (local ones
dnl # and class G domains).  arg1: map spec or LDAP.
dnl #
define(`_GENERICS_TABLE_', `')
_mc_declon
Kgenerics _mc_mapspec(`genericstable', `generics')
_mc_decloff
