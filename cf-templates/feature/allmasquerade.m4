divert(-1)
dnl #
dnl # feature/allmasquerade.m4 -- recipient headers are masqueraded like
dnl # sender headers.  Must precede MAILER(local) and MAILER(uucp).
dnl #
ifdef(`_MAILER_local_', `_mc_error2(`MAILER(local) must appear after FEATURE(allmasquerade)', `_mc_mloc_local', `MAILER(local) is here')')
ifdef(`_MAILER_uucp_', `_mc_error2(`MAILER(uucp) must appear after FEATURE(allmasquerade)', `_mc_mloc_uucp', `MAILER(uucp) is here')')
define(`_ALL_MASQUERADE_', `1')
dnl # no argument is used
_mc_argsunused
