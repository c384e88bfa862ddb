divert(-1)
dnl #
dnl # feature/redirect.m4 -- user@host.REDIRECT is refused with "551 User has
dnl # moved; please try <user@host>" (an alias can point old users there).
dnl # The rule lives in the policy engine; here only the pseudo-domain class.
dnl #
define(`_REDIRECT_', `1')
_mc_decl(`CPREDIRECT')
dnl # no argument is used
_mc_argsunused
