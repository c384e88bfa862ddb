divert(-1)
dnl #
dnl # feature/preserve_luser_host.m4 -- mail to unknown users keeps its host
dnl # when it goes to LUSER_RELAY (define LUSER_RELAY first).
dnl #
ifdef(`LUSER_RELAY', `', `_mc_warning(`LUSER_RELAY should be defined before FEATURE(preserve_luser_host)')')
define(`_PRESERVE_LUSER_HOST_', `1')
define(`_NEED_MACRO_MAP_', `1')
dnl # no argument is used
_mc_argsunused
