divert(-1)
dnl #
dnl # feature/vnet.m4 -- IBM VNET/RSCS routing (Debian; historical): class A.
dnl #
define(`_VNET_', `1')
_mc_declon
CAvnet.ibm.com vnet rscs ipnet
_mc_decloff
dnl # no argument is used
_mc_argsunused
