divert(-1)
dnl #
dnl # feature/use_ct_file.m4 -- read trusted users (class t) from confCT_FILE.
dnl #
define(`_USE_CT_FILE_', `1')
dnl # no argument is used
_mc_argsunused
