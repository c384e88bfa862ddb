divert(-1)
dnl #
dnl # feature/no_default_msa.m4 -- no automatic submission daemon on port 587.
dnl #
define(`_NO_MSA_', `1')
dnl # no argument is used
_mc_argsunused
