divert(-1)
dnl #
dnl # feature/dnsbl.m4 -- refuse clients listed in a DNS block list.
dnl # 	arg1	the list's zone (required)
dnl # 	arg2	reject message, quarantine or discard
dnl # 	arg3	t (or a message): temporary DNS failures refuse (451)
dnl # The dnsbl map (DNSBL_MAP, default dns -R A, plus DNSBL_MAP_OPT) is
dnl # declared once however often the feature is used.
dnl #
dnl # the messages as the kit takes them (expanded: quotes written around
dnl # one in the .mc are gone)
_mc_argvalue(2)_mc_argvalue(3)dnl
ifdef(`DNSBL_MAP', `', `define(`DNSBL_MAP', `dns -R A')')
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_error(`missing argument for FEATURE(dnsbl)')')
ifdef(`_DNSBL_R_', `', `define(`_DNSBL_R_', `')dnl
_mc_declon
Kdnsbl DNSBL_MAP -T<TMP>`'ifdef(`DNSBL_MAP_OPT', ` DNSBL_MAP_OPT')
_mc_decloff')
