divert(-1)
dnl #
dnl # feature/local_no_masquerade.m4 -- mail delivered locally is not
dnl # masqueraded.  Must precede MAILER(local).
dnl #
ifdef(`_MAILER_local_', `_mc_error(`MAILER(local) must appear after FEATURE(local_no_masquerade)')')
define(`_LOCAL_NO_MASQUERADE_', `1')
