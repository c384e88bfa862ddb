divert(-1)
dnl #
dnl # feature/sts.m4 -- MTA-STS: enforce the recipient domain's TLS policy.
dnl # 	arg1	socket map spec of the resolver (default
dnl # 		socket -d5 -T<TMPF> inet:5461@127.0.0.1)
dnl # 	arg2	NO_SAN_TST: no subjectAltName test
dnl #
define(`_MTA_STS_', `')
define(`_NEED_MACRO_MAP_', `1')
ifelse(_ARG2_, `NO_SAN_TST', `', `define(`_STS_SAN', `1')')
_mc_declon
O StrictTransportSecurity=true
ifelse(_ARG2_, `NO_SAN_TST', `', `O SetCertAltnames=true
')dnl
Ksts ifelse(_mc_empty(defn(`_ARG_')), `1', `socket -d5 -T<TMPF> inet:5461@127.0.0.1', `_ARG_')
_mc_decloff
