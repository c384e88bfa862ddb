divert(-1)
dnl #
dnl # feature/drac.m4 -- POP/IMAP-before-SMTP: clients in the drac map may relay
dnl # (Debian).  arg1: map spec.
dnl #
define(`_DRAC_', `')
_mc_declon
Kdrac ifelse(_mc_empty(defn(`_ARG_')), `1', `DATABASE_MAP_TYPE MAIL_SETTINGS_DIR`'drac', `_ARG_')
_mc_decloff
