divert(-1)
dnl #
dnl # feature/enhdnsbl.m4 -- dnsbl that only refuses on chosen answers.
dnl # 	arg1 zone, arg2 message/quarantine/discard, arg3 t or temp message,
dnl # 	arg4-9 the answers that refuse (default any).  EDNSBL_TO: retries.
dnl #
dnl # the messages as the kit takes them (expanded: quotes written around
dnl # one in the .mc are gone)
_mc_argvalue(2)_mc_argvalue(3)dnl
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_error(`missing argument for FEATURE(enhdnsbl)')')
ifdef(`_EDNSBL_R_', `', `define(`_EDNSBL_R_', `')dnl
_mc_declon
Kednsbl dns -R A -a. -T<TMP> -r`'ifdef(`EDNSBL_TO', `EDNSBL_TO', `5')
_mc_decloff')
