divert(-1)
dnl #
dnl # ostype/uxpds.m4 -- Fujitsu UXP/DS.
dnl #
define(`confDEF_GROUP_ID', `6')
define(`LOCAL_MAILER_PATH', `/usr/ucblib/binmail')
define(`LOCAL_SHELL_FLAGS', `ehuP')
define(`UUCP_MAILER_ARGS', `uux - -r -a$f -gmedium $h!rmail ($u)')
define(`confEBINDIR', `/usr/ucblib')
