divert(-1)
dnl #
dnl # hack/xconnect.m4 -- XCONNECT: access entries for proxied clients
dnl # (needs access_db; rules only).
dnl #
define(`_XCONNECT_', `1')
