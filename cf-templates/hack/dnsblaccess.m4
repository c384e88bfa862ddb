divert(-1)
dnl #
dnl # hack/dnsblaccess.m4 -- enhdnsbl refined through access entries (Debian).
dnl # 	arg1 zone (default blackholes.mail-abuse.org), arg2 message, arg3 t or
dnl # 	temp message, arg4 access tag (default dnsblaccess).  Needs access_db.
dnl #
ifdef(`_ACCESS_TABLE_', `', `_mc_error(`HACK(dnsblaccess) requires FEATURE(access_db)')')
ifdef(`_EDNSBL_R_', `', `define(`_EDNSBL_R_', `1')dnl
_mc_declon
Kednsbl dns -R A -a. -T<TMP> -r`'ifdef(`EDNSBL_TO', `EDNSBL_TO', `5')
_mc_decloff')
