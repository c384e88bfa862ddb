divert(-1)
dnl #
dnl # feature/access_db.m4 -- the access map, read by every SMTP check.
dnl # 	arg1	map spec (default DATABASE_MAP_TYPE -T<TMPF> MAIL_SETTINGS_DIR access),
dnl # 		or LDAP; a spec without -T<TMPF> gets it after its class
dnl # 	arg2-4	skip, lookupdotdomain, relaytofulladdress (any order)
dnl #
define(`_ACCESS_TABLE_', `')
define(`_TAG_DELIM_', `:')
define(`_ATMPF_', `<TMPF>')
define(`_mc_accflag',
`ifelse(lower(`$1'), `skip', `define(`_ACCESS_SKIP_', `1')',
	lower(`$1'), `lookupdotdomain', `define(`_LOOKUPDOTDOMAIN_', `1')',
	lower(`$1'), `relaytofulladdress', `define(`_RELAY_FULL_ADDR_', `1')')')
_mc_accflag(_ARG2_)_mc_accflag(_ARG3_)_mc_accflag(_ARG4_)
dnl # a user spec must carry -T<TMPF> (not a sequence map): add it after
dnl # the map class, with a warning
undefine(`_mc_accspec')
ifelse(_mc_empty(defn(`_ARG_')), `1', `', defn(`_ARG_'), `LDAP', `',
	index(defn(`_ARG_'), `sequence '), `0', `',
	index(defn(`_ARG_'), `<TMPF>'), `-1',
`_mc_warning(`missing -T<TMPF> in argument of FEATURE(access_db); added')dnl
define(`_mc_accspec', substr(defn(`_ARG_'), 0, index(defn(`_ARG_'), ` '))` -T<TMPF>'substr(defn(`_ARG_'), index(defn(`_ARG_'), ` ')))')
ifdef(`_GREET_PAUSE_',
	`_mc_warning(`FEATURE(greet_pause) before FEATURE(access_db): greet_pause will not use access_db')')
_mc_declon
Kaccess ifdef(`_mc_accspec', `_mc_accspec', `_mc_mapspec(`access', `access', `TMPF')')
_mc_decloff
