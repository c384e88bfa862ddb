divert(-1)
dnl #
dnl # feature/blacklist_recipients.m4 -- the old name of blocklist_recipients.
dnl #
_mc_warning(`FEATURE(blacklist_recipients) is deprecated; use FEATURE(blocklist_recipients)')
FEATURE(`blocklist_recipients')
dnl # no argument is used
_mc_argsunused
