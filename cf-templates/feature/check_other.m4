divert(-1)
dnl #
dnl # feature/check_other.m4 -- close sessions that send header-like junk as
dnl # commands.  arg1: the regex (default ^[[:print:]]+ *:).
dnl #
define(`_mc_chkor', ifelse(_mc_empty(defn(`_ARG_')), `1', ``^[[:print:]]+ *:'', `defn(`_ARG_')'))
_mc_declon
ifelse(defn(`_mc_chkor'), `', `', `Kbadcmd regex -m -a<BADCMD> defn(`_mc_chkor')
')dnl
_mc_decloff
