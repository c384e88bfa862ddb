divert(-1)
dnl #
dnl # feature/preserve_local_plus_detail.m4 -- the local mailer receives user+detail.
dnl #
define(`_PRESERVE_LOCAL_PLUS_DETAIL_', `1')
dnl # no argument is used
_mc_argsunused
