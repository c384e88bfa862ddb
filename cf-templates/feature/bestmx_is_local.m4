divert(-1)
dnl #
dnl # feature/bestmx_is_local.m4 -- mail for domains whose best MX is this host
dnl # is local (arg1: restrict to these domains, class B).
dnl #
define(`_BESTMX_IS_LOCAL_', _ARG_)
_mc_declon
Kbestmx bestmx
ifelse(_mc_empty(defn(`_ARG_')), `1', `', `CB`'_ARG_
')dnl
_mc_decloff
