divert(-1)
dnl #
dnl # feature/virtuser_entire_domain.m4 -- virtusertable is also used for subdomains of VirtHost entries.
dnl #
define(`_VIRTUSER_ENTIRE_DOMAIN_', `1')
dnl # no argument is used
_mc_argsunused
