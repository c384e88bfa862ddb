divert(-1)
dnl #
dnl # feature/generics_entire_domain.m4 -- genericstable is also used for subdomains of class G.
dnl #
define(`_GENERICS_ENTIRE_DOMAIN_', `1')
dnl # no argument is used
_mc_argsunused
