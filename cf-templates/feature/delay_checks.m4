divert(-1)
dnl #
dnl # feature/delay_checks.m4 -- run the connect and sender checks per recipient.
dnl # 	arg1	friend or hater (Spam: entries decide who is checked)
dnl # 	arg2	non-empty: no 8.10/8.11 compatible SPAMFRIEND/SPAMHATER
dnl #
define(`_DELAY_CHECKS_', `1')
ifelse(_mc_empty(defn(`_ARG_')), `1', `',
	lower(substr(defn(`_ARG_'), 0, 1)), `f', `define(`_SPAM_FRIEND_', `1')define(`_SPAM_FH_', `1')',
	lower(substr(defn(`_ARG_'), 0, 1)), `h', `define(`_SPAM_HATER_', `1')define(`_SPAM_FH_', `1')',
	`_mc_error(`illegal argument 'defn(`_ARG_')` for FEATURE(delay_checks)')')
ifelse(_mc_empty(_ARG2_), `1', `define(`_DELAY_COMPAT_8_10_', `1')')
ifdef(`_SPAM_FH_', `define(`_mc_delay_loc', defn(`_mc_loc'))')
dnl # the second argument (no 8.10 compatibility) only changes the SpamTag
dnl # class and rule the kit writes for blocklist_recipients with access_db
_mc_argcanon(2, `ifdef(`_BLOCKLIST_RCPT_', `ifdef(`_ACCESS_TABLE_', ``$1'')')')
