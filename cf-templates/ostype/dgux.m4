divert(-1)
dnl #
dnl # ostype/dgux.m4 -- Data General DG/UX.
dnl #
_DEFIFNOT(`LOCAL_MAILER_FLAGS', `m9')
define(`confTIME_ZONE', `USE_TZ')
define(`confEBINDIR', `/usr/lib')
_mc_declon
E_FORCE_MAIL_LOCAL_=yes
_mc_decloff
