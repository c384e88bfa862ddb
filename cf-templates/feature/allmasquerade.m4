divert(-1)
dnl #
dnl # feature/allmasquerade.m4 -- recipient headers are masqueraded like
dnl # sender headers.  Must precede MAILER(local) and MAILER(uucp).
dnl #
ifdef(`_MAILER_local_', `_mc_error(`MAILER(local) must appear after FEATURE(allmasquerade)')')
ifdef(`_MAILER_uucp_', `_mc_error(`MAILER(uucp) must appear after FEATURE(allmasquerade)')')
define(`_ALL_MASQUERADE_', `1')
