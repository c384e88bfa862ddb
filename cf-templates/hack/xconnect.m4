divert(-1)
dnl #
dnl # hack/xconnect.m4 -- XCONNECT: access entries for proxied clients
dnl # (needs access_db; rules only).
dnl #
ifdef(`_ACCESS_TABLE_', `', `_mc_error(`HACK(xconnect) requires FEATURE(access_db)')')
define(`_XCONNECT_', `1')
