divert(-1)
dnl #
dnl # hack/nodns.m4 -- a host without DNS (Debian): no resolver options, a
dnl # DNS-free service switch, no interface probing, FEATURE(nocanonify).
dnl #
undefine(`confBIND_OPTS')
define(`confSERVICE_SWITCH_FILE', `/etc/mail/service.switch-nodns')
define(`confDONT_PROBE_INTERFACES', `True')
FEATURE(`nocanonify')
