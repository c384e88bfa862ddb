divert(-1)
dnl #
dnl # feature/mtamark.m4 -- refuse clients whose address is not marked as an MTA
dnl # in DNS (experimental).  arg1 message, arg2 t or temp message, arg3 the
dnl # lookup prefix.  MTAMARK_TO: retries.
dnl #
ifdef(`_MTAMARK_R', `', `define(`_MTAMARK_R', `')dnl
_mc_declon
Kmtamark dns -R TXT -a. -T<TMP> -r`'ifdef(`MTAMARK_TO', `MTAMARK_TO', `5')
_mc_decloff')
