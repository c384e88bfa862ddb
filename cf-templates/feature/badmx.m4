divert(-1)
dnl #
dnl # feature/badmx.m4 -- refuse senders whose domain has a bogus MX (a dotted
dnl # number, '.', or an MX host whose address matches arg1).
dnl #
define(`_BADMX_CHK_', `1')
_mc_declon
Kmxlist bestmx -z: -T<TEMP>
Kbadmx regex -a<BADMX> ^(([0-9]{1,3}\.){3}[0-9]){0,1}\.$
KdnsA dns -R A -a. -T<TEMP>
KBadMXIP regex -a<BADMXIP> ifelse(_mc_empty(defn(`_ARG_')), `1', `^(127\.|10\.|0\.0\.0\.0)', `_ARG_')
_mc_decloff
