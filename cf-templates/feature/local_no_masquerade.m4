divert(-1)
dnl #
dnl # feature/local_no_masquerade.m4 -- mail delivered locally is not
dnl # masqueraded.  Must precede MAILER(local).
dnl #
ifdef(`_MAILER_local_', `_mc_error2(`MAILER(local) must appear after FEATURE(local_no_masquerade)', `_mc_mloc_local', `MAILER(local) is here')')
define(`_LOCAL_NO_MASQUERADE_', `1')
dnl # no argument is used
_mc_argsunused
