divert(-1)
dnl #
dnl # feature/msp.m4 -- the configuration of the mail submission program
dnl # (submit.cf): everything goes to the MTA by SMTP.
dnl # 	arg1	the MTA host (default [localhost])
dnl # 	arg2	MSA: connect to port 587
dnl # Variables set here with define must be overridden after the FEATURE,
dnl # those set only when undefined before it.
dnl #
undefine(`ALIAS_FILE')
define(`confDELIVERY_MODE', `i')
define(`confUSE_MSP', `True')
define(`confFORWARD_PATH', `')
define(`confPRIVACY_FLAGS', `goaway,noetrn,restrictqrun')
define(`confDONT_PROBE_INTERFACES', `True')
ifdef(`confRUN_AS_USER', `', `define(`confRUN_AS_USER', `smmsp')')
ifdef(`confTRUSTED_USER', `', `define(`confTRUSTED_USER',
	`ifelse(index(confRUN_AS_USER, `:'), `-1', `confRUN_AS_USER',
		`substr(confRUN_AS_USER, 0, index(confRUN_AS_USER, `:'))')')')
ifdef(`MSP_QUEUE_DIR', `define(`QUEUE_DIR', `MSP_QUEUE_DIR')',
	`define(`QUEUE_DIR', `/var/spool/clientmqueue')')
dnl # any second argument but MSA changes nothing
_mc_argdefault(1, `[localhost]')_mc_argdefault(2, ifelse(_ARG2_, `MSA', `', `_ARG2_'))dnl
define(`_MTA_HOST_', ifelse(_mc_empty(defn(`_ARG_')), `1', `[localhost]', `_ARG_'))
ifelse(_ARG2_, `MSA', `define(`RELAY_MAILER_ARGS', `TCP $h 587')')
ifdef(`confPID_FILE', `', `define(`confPID_FILE', QUEUE_DIR`/sm-client.pid')')
define(`confQUEUE_FILE_MODE', `0660')
ifdef(`STATUS_FILE',
	`define(`STATUS_FILE', ifelse(index(STATUS_FILE, `sendmail.st'), `-1', `STATUS_FILE',
		`substr(STATUS_FILE, 0, index(STATUS_FILE, `sendmail.st'))sm-client.st'))',
	`define(`STATUS_FILE', QUEUE_DIR`/sm-client.st')')
FEATURE(`no_default_msa')
ifelse(_mc_count(`dpo'), `0', `DAEMON_OPTIONS(`Name=NoMTA, Addr=127.0.0.1, M=E')')
define(`_DEF_LOCAL_MAILER_FLAGS', `')
define(`_DEF_LOCAL_SHELL_FLAGS', `')
define(`LOCAL_MAILER_PATH', `[IPC]')
define(`LOCAL_MAILER_FLAGS', `lmDFMuXkw5')
define(`LOCAL_MAILER_ARGS', `TCP $h')
define(`LOCAL_MAILER_DSN_DIAGNOSTIC_CODE', `SMTP')
define(`LOCAL_SHELL_PATH', `[IPC]')
define(`LOCAL_SHELL_FLAGS', `lmDFMuXk5')
define(`LOCAL_SHELL_ARGS', `TCP $h')
MODIFY_MAILER_FLAGS(`SMTP', `+k5')
MODIFY_MAILER_FLAGS(`ESMTP', `+k5')
MODIFY_MAILER_FLAGS(`DSMTP', `+k5')
MODIFY_MAILER_FLAGS(`SMTP8', `+k5')
MODIFY_MAILER_FLAGS(`RELAY', `+k')
MAILER(`local')
MAILER(`smtp')
_mc_declon
D{MTAHost}_MTA_HOST_
_mc_decloff
