divert(-1)
dnl #
dnl # hack/msp_nullclient.m4 -- Debian's submission-only null client: arg1 is
dnl # the hub everything goes to (required).
dnl #
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_error(`HACK(msp_nullclient) requires an argument')',
	`define(`_NULL_CLIENT_', _ARG_)')
ifdef(`DEBIAN_MSP', `', `DOMAIN(`debian-msp')')
ifelse(_mc_count(`dpo'), `0', `DAEMON_OPTIONS(`Name=NoMTA, Addr=127.0.0.1, M=E')')
undefine(`ALIAS_FILE')
define(`MAIL_HUB', _NULL_CLIENT_)
define(`SMART_HOST', _NULL_CLIENT_)
ifdef(`confFROM_HEADER', `', `define(`confFROM_HEADER', `<$g>')')
ifdef(`STATUS_FILE',
	`define(`STATUS_FILE', ifelse(index(STATUS_FILE, `sendmail.st'), `-1', `STATUS_FILE',
		`substr(STATUS_FILE, 0, index(STATUS_FILE, `sendmail.st'))sm-client.st'))',
	`define(`STATUS_FILE', `/var/run/sm-client.st')')
define(`confUSE_MSP', `True')
define(`confFORWARD_PATH', `')
define(`confPRIVACY_FLAGS', `goaway,noetrn')
ifdef(`MSP_QUEUE_DIR', `define(`QUEUE_DIR', `MSP_QUEUE_DIR')',
	`define(`QUEUE_DIR', `/var/spool/clientmqueue')')
ifdef(`confPID_FILE', `', `define(`confPID_FILE', QUEUE_DIR`/sm-client.pid')')
define(`confQUEUE_FILE_MODE', `0660')
FEATURE(`no_default_msa')
ifelse(_mc_count(`dpo'), `0', `DAEMON_OPTIONS(`Name=NoMTA, Addr=127.0.0.1, M=E')')
define(`confRUN_AS_USER', `mail')
define(`confTRUSTED_USER', `confRUN_AS_USER')
define(`_DEF_LOCAL_MAILER_FLAGS', `lsDFM5q')
MASQUERADE_AS(_NULL_CLIENT_)
FEATURE(`allmasquerade')
FEATURE(`masquerade_envelope')
MAILER(`local')
MAILER(`smtp')
