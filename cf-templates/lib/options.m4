dnl # options.m4 -- the table of sendmail options the cf kit writes, in the
dnl # order of its Options block.
dnl #
dnl # Each row names the option as sendmail.cf spells it, the m4 variable that
dnl # sets it and the example text the cf kit shows in the commented line it
dnl # writes when the variable is not defined.  The rows are data; what a row
dnl # turns into is decided by the row macros in lib/emit.m4:
dnl #
dnl #	_mc_opt(Name, var[, example])	O Name=value if var is defined with a
dnl #					value, a bare O Name if defined empty,
dnl #					else the comment #O Name=example
dnl #	_mc_opt_always(Name, var, dflt)	always O Name=..., dflt if var unset
dnl #	_mc_opt_milter(Name, var, ex)	as _mc_opt, only when a mail filter
dnl #					was declared
dnl #	_mc_opt_daemons, _mc_opt_clients, _mc_opt_timezone
dnl #					the rows with rules of their own
dnl #
dnl # The examples only fill comments; they are not defaults.
_mc_opt(`SevenBitInput', `confSEVEN_BIT_INPUT', `False')dnl
_mc_opt(`EightBitMode', `confEIGHT_BIT_HANDLING', `pass8')dnl
_mc_opt(`AliasWait', `confALIAS_WAIT', `5m')dnl
_mc_opt(`AliasFile', `ALIAS_FILE', `MAIL_SETTINGS_DIR`'aliases')dnl
_mc_opt(`MinFreeBlocks', `confMIN_FREE_BLOCKS', `100')dnl
_mc_opt(`MaxMessageSize', `confMAX_MESSAGE_SIZE', `0')dnl
_mc_opt(`BlankSub', `confBLANK_SUB', `_')dnl
_mc_opt(`HoldExpensive', `confCON_EXPENSIVE', `False')dnl
_mc_opt(`CheckpointInterval', `confCHECKPOINT_INTERVAL', `10')dnl
_mc_opt(`DeliveryMode', `confDELIVERY_MODE', `background')dnl
_mc_opt(`ErrorHeader', `confERROR_MESSAGE', `MAIL_SETTINGS_DIR`'error-header')dnl
_mc_opt(`ErrorMode', `confERROR_MODE', `print')dnl
_mc_opt(`SaveFromLine', `confSAVE_FROM_LINES', `False')dnl
_mc_opt(`QueueFileMode', `confQUEUE_FILE_MODE', `0600')dnl
_mc_opt(`TempFileMode', `confTEMP_FILE_MODE', `0600')dnl
_mc_opt(`MatchGECOS', `confMATCH_GECOS', `False')dnl
_mc_opt(`MaxHopCount', `confMAX_HOP', `25')dnl
_mc_opt_always(`HelpFile', `HELP_FILE', `MAIL_SETTINGS_DIR`'helpfile')dnl
_mc_opt(`IgnoreDots', `confIGNORE_DOTS', `False')dnl
_mc_opt(`ResolverOptions', `confBIND_OPTS', `+AAONLY')dnl
_mc_opt(`SendMimeErrors', `confMIME_FORMAT_ERRORS', `True')dnl
_mc_opt(`ForwardPath', `confFORWARD_PATH', `/var/forward/$u:$z/.forward.$w:$z/.forward')dnl
_mc_opt(`ConnectionCacheSize', `confMCI_CACHE_SIZE', `2')dnl
_mc_opt(`ConnectionCacheTimeout', `confMCI_CACHE_TIMEOUT', `5m')dnl
_mc_opt(`HostStatusDirectory', `confHOST_STATUS_DIRECTORY', `.hoststat')dnl
_mc_opt(`SingleThreadDelivery', `confSINGLE_THREAD_DELIVERY', `False')dnl
_mc_opt(`UseErrorsTo', `confUSE_ERRORS_TO', `False')dnl
_mc_opt(`UseCompressedIPv6Addresses', `confUSE_COMPRESSED_IPV6_ADDRESSES', `')dnl
_mc_opt(`LogLevel', `confLOG_LEVEL', `10')dnl
_mc_opt(`MeToo', `confME_TOO', `True')dnl
_mc_opt(`CheckAliases', `confCHECK_ALIASES', `False')dnl
_mc_opt(`OldStyleHeaders', `confOLD_STYLE_HEADERS', `False')dnl
_mc_opt_daemons`'dnl
_mc_opt_clients`'dnl
_mc_opt(`DirectSubmissionModifiers', `confDIRECT_SUBMISSION_MODIFIERS', `')dnl
_mc_opt(`UseMSP', `confUSE_MSP', `')dnl
_mc_opt(`PrivacyOptions', `confPRIVACY_FLAGS', `authwarnings')dnl
_mc_opt(`PostmasterCopy', `confCOPY_ERRORS_TO', `Postmaster')dnl
_mc_opt(`QueueFactor', `confQUEUE_FACTOR', `600000')dnl
_mc_opt(`MaxQueueChildren', `confMAX_QUEUE_CHILDREN', `')dnl
_mc_opt(`MaxRunnersPerQueue', `confMAX_RUNNERS_PER_QUEUE', `1')dnl
_mc_opt(`NiceQueueRun', `confNICE_QUEUE_RUN', `')dnl
_mc_opt(`QueueSortOrder', `confQUEUE_SORT_ORDER', `priority')dnl
_mc_opt(`MinQueueAge', `confMIN_QUEUE_AGE', `30m')dnl
_mc_opt(`MaxQueueAge', `confMAX_QUEUE_AGE', `')dnl
_mc_opt(`MaxQueueRunSize', `confMAX_QUEUE_RUN_SIZE', `0')dnl
_mc_opt(`FastSplit', `confFAST_SPLIT', `1')dnl
_mc_opt_always(`QueueDirectory', `QUEUE_DIR', `/var/spool/mqueue')dnl
_mc_opt(`SharedMemoryKey', `confSHARED_MEMORY_KEY', `0')dnl
_mc_opt(`SharedMemoryKeyFile', `confSHARED_MEMORY_KEY_FILE', `')dnl
_mc_opt(`Timeout.initial', `confTO_INITIAL', `5m')dnl
_mc_opt(`Timeout.connect', `confTO_CONNECT', `5m')dnl
_mc_opt(`Timeout.aconnect', `confTO_ACONNECT', `0s')dnl
_mc_opt(`Timeout.iconnect', `confTO_ICONNECT', `5m')dnl
_mc_opt(`Timeout.helo', `confTO_HELO', `5m')dnl
_mc_opt(`Timeout.mail', `confTO_MAIL', `10m')dnl
_mc_opt(`Timeout.rcpt', `confTO_RCPT', `1h')dnl
_mc_opt(`Timeout.datainit', `confTO_DATAINIT', `5m')dnl
_mc_opt(`Timeout.datablock', `confTO_DATABLOCK', `1h')dnl
_mc_opt(`Timeout.datafinal', `confTO_DATAFINAL', `1h')dnl
_mc_opt(`Timeout.rset', `confTO_RSET', `5m')dnl
_mc_opt(`Timeout.quit', `confTO_QUIT', `2m')dnl
_mc_opt(`Timeout.misc', `confTO_MISC', `2m')dnl
_mc_opt(`Timeout.command', `confTO_COMMAND', `1h')dnl
_mc_opt(`Timeout.ident', `confTO_IDENT', `5s')dnl
_mc_opt(`Timeout.fileopen', `confTO_FILEOPEN', `60s')dnl
_mc_opt(`Timeout.control', `confTO_CONTROL', `2m')dnl
_mc_opt(`Timeout.queuereturn', `confTO_QUEUERETURN', `5d')dnl
_mc_opt(`Timeout.queuereturn.normal', `confTO_QUEUERETURN_NORMAL', `5d')dnl
_mc_opt(`Timeout.queuereturn.urgent', `confTO_QUEUERETURN_URGENT', `2d')dnl
_mc_opt(`Timeout.queuereturn.non-urgent', `confTO_QUEUERETURN_NONURGENT', `7d')dnl
_mc_opt(`Timeout.queuereturn.dsn', `confTO_QUEUERETURN_DSN', `5d')dnl
_mc_opt(`Timeout.queuewarn', `confTO_QUEUEWARN', `4h')dnl
_mc_opt(`Timeout.queuewarn.normal', `confTO_QUEUEWARN_NORMAL', `4h')dnl
_mc_opt(`Timeout.queuewarn.urgent', `confTO_QUEUEWARN_URGENT', `1h')dnl
_mc_opt(`Timeout.queuewarn.non-urgent', `confTO_QUEUEWARN_NONURGENT', `12h')dnl
_mc_opt(`Timeout.queuewarn.dsn', `confTO_QUEUEWARN_DSN', `4h')dnl
_mc_opt(`Timeout.hoststatus', `confTO_HOSTSTATUS', `30m')dnl
_mc_opt(`Timeout.resolver.retrans', `confTO_RESOLVER_RETRANS', `5s')dnl
_mc_opt(`Timeout.resolver.retrans.first', `confTO_RESOLVER_RETRANS_FIRST', `5s')dnl
_mc_opt(`Timeout.resolver.retrans.normal', `confTO_RESOLVER_RETRANS_NORMAL', `5s')dnl
_mc_opt(`Timeout.resolver.retry', `confTO_RESOLVER_RETRY', `4')dnl
_mc_opt(`Timeout.resolver.retry.first', `confTO_RESOLVER_RETRY_FIRST', `4')dnl
_mc_opt(`Timeout.resolver.retry.normal', `confTO_RESOLVER_RETRY_NORMAL', `4')dnl
_mc_opt(`Timeout.lhlo', `confTO_LHLO', `2m')dnl
_mc_opt(`Timeout.auth', `confTO_AUTH', `10m')dnl
_mc_opt(`Timeout.starttls', `confTO_STARTTLS', `1h')dnl
_mc_opt(`DeliverByMin', `confDELIVER_BY_MIN', `0')dnl
_mc_opt(`DontPruneRoutes', `confDONT_PRUNE_ROUTES', `False')dnl
_mc_opt(`SuperSafe', `confSAFE_QUEUE', `True')dnl
_mc_opt(`StatusFile', `STATUS_FILE')dnl
_mc_opt_timezone`'dnl
_mc_opt(`DefaultUser', `confDEF_USER_ID', `mailnull')dnl
_mc_opt(`UserDatabaseSpec', `confUSERDB_SPEC', `MAIL_SETTINGS_DIR`'userdb')dnl
_mc_opt(`FallbackMXhost', `confFALLBACK_MX', `fall.back.host.net')dnl
_mc_opt(`FallbackSmartHost', `confFALLBACK_SMARTHOST', `fall.back.host.net')dnl
_mc_opt(`TryNullMXList', `confTRY_NULL_MX_LIST', `False')dnl
_mc_opt(`QueueLA', `confQUEUE_LA', `8')dnl
_mc_opt(`RefuseLA', `confREFUSE_LA', `12')dnl
_mc_opt(`RejectLogInterval', `confREJECT_LOG_INTERVAL', `3h')dnl
_mc_opt(`DelayLA', `confDELAY_LA', `0')dnl
_mc_opt(`MaxDaemonChildren', `confMAX_DAEMON_CHILDREN', `0')dnl
_mc_opt(`ConnectionRateThrottle', `confCONNECTION_RATE_THROTTLE', `0')dnl
_mc_opt(`ConnectionRateWindowSize', `confCONNECTION_RATE_WINDOW_SIZE', `60s')dnl
_mc_opt(`RecipientFactor', `confWORK_RECIPIENT_FACTOR', `30000')dnl
_mc_opt(`ForkEachJob', `confSEPARATE_PROC', `False')dnl
_mc_opt(`ClassFactor', `confWORK_CLASS_FACTOR', `1800')dnl
_mc_opt(`RetryFactor', `confWORK_TIME_FACTOR', `90000')dnl
_mc_opt(`DefaultCharSet', `confDEF_CHAR_SET', `unknown-8bit')dnl
_mc_opt(`ServiceSwitchFile', `confSERVICE_SWITCH_FILE', `MAIL_SETTINGS_DIR`'service.switch')dnl
_mc_opt(`HostsFile', `confHOSTS_FILE', `/etc/hosts')dnl
_mc_opt(`DialDelay', `confDIAL_DELAY', `0s')dnl
_mc_opt(`NoRecipientAction', `confNO_RCPT_ACTION', `none')dnl
_mc_opt(`SafeFileEnvironment', `confSAFE_FILE_ENV', `')dnl
_mc_opt(`ColonOkInAddr', `confCOLON_OK_IN_ADDR', `True')dnl
_mc_opt(`DontExpandCnames', `confDONT_EXPAND_CNAMES', `False')dnl
_mc_opt(`SmtpGreetingMessage', `confSMTP_LOGIN_MSG', `$j Sendmail $v ready at $b')dnl
_mc_opt(`UnixFromLine', `confFROM_LINE', `From $g $d')dnl
_mc_opt(`SingleLineFromHeader', `confSINGLE_LINE_FROM_HEADER', `False')dnl
_mc_opt(`AllowBogusHELO', `confALLOW_BOGUS_HELO', `False')dnl
_mc_opt(`MustQuoteChars', `confMUST_QUOTE_CHARS', `.')dnl
_mc_opt(`OperatorChars', `confOPERATORS', `.:@[]')dnl
_mc_opt(`DontInitGroups', `confDONT_INIT_GROUPS', `False')dnl
_mc_opt(`UnsafeGroupWrites', `confUNSAFE_GROUP_WRITES', `True')dnl
_mc_opt(`DoubleBounceAddress', `confDOUBLE_BOUNCE_ADDRESS', `postmaster')dnl
_mc_opt(`SoftBounce', `confSOFT_BOUNCE', `False')dnl
_mc_opt(`DeadLetterDrop', `confDEAD_LETTER_DROP', `/var/tmp/dead.letter')dnl
_mc_opt(`RunAsUser', `confRUN_AS_USER', `sendmail')dnl
_mc_opt(`MaxRecipientsPerMessage', `confMAX_RCPTS_PER_MESSAGE', `0')dnl
_mc_opt(`BadRcptThrottle', `confBAD_RCPT_THROTTLE', `0')dnl
_mc_opt(`DontProbeInterfaces', `confDONT_PROBE_INTERFACES', `False')dnl
_mc_opt(`RrtImpliesDsn', `confRRT_IMPLIES_DSN', `False')dnl
_mc_opt(`ConnectOnlyTo', `confCONNECT_ONLY_TO', `0.0.0.0')dnl
_mc_opt(`TrustedUser', `confTRUSTED_USER', `root')dnl
_mc_opt(`ControlSocketName', `confCONTROL_SOCKET_NAME', `/var/spool/mqueue/.control')dnl
_mc_opt(`MaxMimeHeaderLength', `confMAX_MIME_HEADER_LENGTH', `0/0')dnl
_mc_opt(`MaxHeadersLength', `confMAX_HEADERS_LENGTH', `32768')dnl
_mc_opt(`MaxAliasRecursion', `confMAX_ALIAS_RECURSION', `10')dnl
_mc_opt(`PidFile', `confPID_FILE', `/var/run/sendmail.pid')dnl
_mc_opt(`ProcessTitlePrefix', `confPROCESS_TITLE_PREFIX', `prefix')dnl
_mc_opt(`DataFileBufferSize', `confDF_BUFFER_SIZE', `4096')dnl
_mc_opt(`XscriptFileBufferSize', `confXF_BUFFER_SIZE', `4096')dnl
_mc_opt(`MailboxDatabase', `confMAILBOX_DATABASE', `pw')dnl
_mc_opt(`RequiresDirfsync', `confREQUIRES_DIR_FSYNC', `true')dnl
_mc_opt(`AuthMechanisms', `confAUTH_MECHANISMS', `EXTERNAL GSSAPI KERBEROS_V4 DIGEST-MD5 CRAM-MD5')dnl
_mc_opt(`AuthRealm', `confAUTH_REALM', `')dnl
_mc_opt(`DefaultAuthInfo', `confDEF_AUTH_INFO', `MAIL_SETTINGS_DIR`'default-auth-info')dnl
_mc_opt(`AuthOptions', `confAUTH_OPTIONS', `')dnl
_mc_opt(`AuthMaxBits', `confAUTH_MAX_BITS', `')dnl
_mc_opt(`TLSSrvOptions', `confTLS_SRV_OPTIONS', `')dnl
_mc_opt(`CipherList', `confCIPHER_LIST', `')dnl
_mc_opt(`ServerSSLOptions', `confSERVER_SSL_OPTIONS', `')dnl
_mc_opt(`ClientSSLOptions', `confCLIENT_SSL_OPTIONS', `')dnl
_mc_opt(`SSLEngine', `confSSL_ENGINE', `')dnl
_mc_opt(`SSLEnginePath', `confSSL_ENGINE_PATH', `')dnl
_mc_opt(`TLSFallbacktoClear', `confTLS_FALLBACK_TO_CLEAR', `')dnl
_mc_opt(`InputMailFilters', `confINPUT_MAIL_FILTERS', `')dnl
_mc_opt_milter(`Milter.LogLevel', `confMILTER_LOG_LEVEL', `')dnl
_mc_opt_milter(`Milter.macros.connect', `confMILTER_MACROS_CONNECT', `')dnl
_mc_opt_milter(`Milter.macros.helo', `confMILTER_MACROS_HELO', `')dnl
_mc_opt_milter(`Milter.macros.envfrom', `confMILTER_MACROS_ENVFROM', `')dnl
_mc_opt_milter(`Milter.macros.envrcpt', `confMILTER_MACROS_ENVRCPT', `')dnl
_mc_opt_milter(`Milter.macros.eom', `confMILTER_MACROS_EOM', `')dnl
_mc_opt_milter(`Milter.macros.eoh', `confMILTER_MACROS_EOH', `')dnl
_mc_opt_milter(`Milter.macros.data', `confMILTER_MACROS_DATA', `')dnl
_mc_opt(`CACertPath', `confCACERT_PATH', `')dnl
_mc_opt(`CACertFile', `confCACERT', `')dnl
_mc_opt(`ServerCertFile', `confSERVER_CERT', `')dnl
_mc_opt(`ServerKeyFile', `confSERVER_KEY', `')dnl
_mc_opt(`ClientCertFile', `confCLIENT_CERT', `')dnl
_mc_opt(`ClientKeyFile', `confCLIENT_KEY', `')dnl
_mc_opt(`CRLFile', `confCRL', `')dnl
_mc_opt(`CRLPath', `confCRL_PATH', `')dnl
_mc_opt(`DHParameters', `confDH_PARAMETERS', `')dnl
_mc_opt(`RandFile', `confRAND_FILE', `')dnl
_mc_opt(`CertFingerprintAlgorithm', `confCERT_FINGERPRINT_ALGORITHM', `')dnl
_mc_opt(`DANE', `confDANE', `false')dnl
_mc_opt(`MaxNOOPCommands', `confMAX_NOOP_COMMANDS', `20')dnl
_mc_opt(`HeloName', `confHELO_NAME')dnl
_mc_opt(`RejectNUL', `confREJECT_NUL', `false')dnl
