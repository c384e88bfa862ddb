divert(-1)
dnl #
dnl # feature/greet_pause.m4 -- wait before the greeting; clients that talk first
dnl # are refused.  arg1: milliseconds (required without access_db, which
dnl # can give per-client values and must come first).
dnl #
ifelse(_mc_empty(_ARG_), `1', `_mc_needaccess')
define(`_GREET_PAUSE_', `')
