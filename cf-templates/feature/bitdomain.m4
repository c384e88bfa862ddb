divert(-1)
dnl #
dnl # feature/bitdomain.m4 -- BITNET host names mapped to internet domains.
dnl # arg1: map spec or LDAP.  Obsolete.
dnl #
_mc_declon
Kbitdomain _mc_mapspec(`bitdomain', `bitdomain')
_mc_decloff
