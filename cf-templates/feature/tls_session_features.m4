divert(-1)
dnl #
dnl # feature/tls_session_features.m4 -- TLS_Srv_Features:/TLS_Clt_Features: access entries tune TLS sessions.
dnl #
define(`_TLS_SESSION_FEATURES_', `1')
dnl # no argument is used
_mc_argsunused
