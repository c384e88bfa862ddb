divert(-1)
dnl #
dnl # feature/dnsbl.m4 -- refuse clients listed in a DNS block list.
dnl # 	arg1	the list's zone (required)
dnl # 	arg2	reject message, quarantine or discard
dnl # 	arg3	t (or a message): temporary DNS failures refuse (451)
dnl # The dnsbl map (DNSBL_MAP, default dns -R A, plus DNSBL_MAP_OPT) is
dnl # declared once however often the feature is used.
dnl #
ifdef(`DNSBL_MAP', `', `define(`DNSBL_MAP', `dns -R A')')
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_error(`missing argument for FEATURE(dnsbl)')')
ifdef(`_DNSBL_R_', `', `define(`_DNSBL_R_', `')dnl
_mc_declon
Kdnsbl DNSBL_MAP -T<TMP>`'ifdef(`DNSBL_MAP_OPT', ` DNSBL_MAP_OPT')
_mc_decloff')
