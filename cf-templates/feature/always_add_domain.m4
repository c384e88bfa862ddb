divert(-1)
dnl #
dnl # feature/always_add_domain.m4 -- the local mailer qualifies unqualified
dnl # addresses (arg1: the domain to add; default this host or $M).
dnl #
ifdef(`_MAILER_local_', `_mc_error2(`MAILER(local) must appear after FEATURE(always_add_domain)', `_mc_mloc_local', `MAILER(local) is here')')
define(`_ALWAYS_ADD_DOMAIN_', ifelse(_mc_empty(_ARG_), `1', `', `_ARG_'))
