divert(-1)
dnl #
dnl # feature/blocklist_recipients.m4 -- recipients can be refused through To:
dnl # entries of the access map.  Needs access_db.
dnl #
ifdef(`_ACCESS_TABLE_', `define(`_BLOCKLIST_RCPT_', `1')',
	`_mc_error(`FEATURE(blocklist_recipients) requires FEATURE(access_db)')')
dnl # no argument is used
_mc_argsunused
