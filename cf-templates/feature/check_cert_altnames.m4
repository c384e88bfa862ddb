divert(-1)
dnl #
dnl # feature/check_cert_altnames.m4 -- TLS host name checks also match the
dnl # certificate's subjectAltNames.
dnl #
define(`_FFR_TLS_ALTNAMES', `1')
_mc_declon
O SetCertAltnames=true
_mc_decloff
dnl # no argument is used
_mc_argsunused
