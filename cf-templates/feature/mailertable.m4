divert(-1)
dnl #
dnl # feature/mailertable.m4 -- per-domain routing overrides.  arg1: map spec
dnl # or LDAP.
dnl #
define(`_MAILER_TABLE_', `')
_mc_declon
Kmailertable _mc_mapspec(`mailertable', `mailer')
_mc_decloff
