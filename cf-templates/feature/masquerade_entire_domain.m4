divert(-1)
dnl #
dnl # feature/masquerade_entire_domain.m4 -- class M entries match their subdomains too.
dnl #
define(`_MASQUERADE_ENTIRE_DOMAIN_', `1')
dnl # no argument is used
_mc_argsunused
