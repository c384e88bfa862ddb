divert(-1)
dnl #
dnl # feature/accept_unqualified_senders.m4 -- senders without a domain (and
dnl # user@localhost from outside) are accepted in MAIL FROM.
dnl #
define(`_ACCEPT_UNQUALIFIED_SENDERS_', `1')
dnl # no argument is used
_mc_argsunused
