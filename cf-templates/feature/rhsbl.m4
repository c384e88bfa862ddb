divert(-1)
dnl #
dnl # feature/rhsbl.m4 -- refuse senders whose domain is in a right-hand-side
dnl # block list (Debian).  arg1 zone, arg2 message, arg3 t or temp message.
dnl #
dnl # the messages as the kit takes them (expanded: quotes written around
dnl # one in the .mc are gone)
_mc_argvalue(2)_mc_argvalue(3)dnl
ifdef(`_RHSBL_R_', `', `define(`_RHSBL_R_', `')ifdef(`_DNSBL_R_', `', `dnl
_mc_declon
Kdnsbl host -T<TMP>
_mc_decloff')')
