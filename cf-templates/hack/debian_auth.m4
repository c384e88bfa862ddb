divert(-1)
dnl #
dnl # hack/debian_auth.m4 -- Debian's AUTH helper: DefaultAuthInfo under
dnl # MAIL_SETTINGS_DIR and user sendmail trusted.
dnl #
define(`confDEF_AUTH_INFO', `MAIL_SETTINGS_DIR`'default-auth-info')
ifdef(`confTRUSTED_USERS',
	`define(`confTRUSTED_USERS', defn(`confTRUSTED_USERS')`,sendmail')',
	`define(`confTRUSTED_USERS', `sendmail')')
