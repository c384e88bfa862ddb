divert(-1)
dnl #
dnl # feature/use_cw_file.m4 -- read more local host names (class w) from
dnl # confCW_FILE, /etc/mail/local-host-names by default.
dnl #
define(`USE_CW_FILE', `')
dnl # no argument is used
_mc_argsunused
