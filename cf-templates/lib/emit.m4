divert(-1)
dnl #
dnl # emit.m4 -- read at end of input (m4wrap): checks what the .mc asked for
dnl # and writes the IR, in the order of a sendmail.cf made by the cf kit:
dnl # version, directives, local info (D/C/F/K), classes, feature maps,
dnl # LOCAL_CONFIG, DZ, options, queue groups, precedences, trusted users,
dnl # headers, raw rule sections, mail filters, mailers.
dnl #
dnl # Lines that come from a define carry that define's location (@loc);
dnl # lines the templates write on their own carry the location of this file.
dnl #

dnl # -- closing the .mc --------------------------------------------------
_mc_rehook
_mc_endsection
_mc_bdivert(-1)
_mc_bdefine(`_mc_eofloc', `__file__'_mc_T`__line__')
_mc_bdefine(`_mc_tline', `@loc	$1	$2
')
ifdef(`_MAILER_local_', `',
	`_mc_setloc(`(end of input)', `0')MAILER(`local')')
ifdef(`__OSTYPE__', `',
	`ifdef(`_mc_lastuser', `_mc_bdefine(`_mc_loc', defn(`_mc_lastuser'))',
		`_mc_setloc(`(end of input)', `0')')dnl
_mc_error(`No system type defined (use OSTYPE macro)')')

dnl # the @feature records that wait for the whole .mc (_mc_argcanon)
_mc_laterecs`'dnl

dnl # -- m4-level defaults that depend on the .mc ------------------------
ifdef(`confSMTP_MAILER', `', `_mc_bdefine(`confSMTP_MAILER', `esmtp')')
ifdef(`confLOCAL_MAILER', `', `_mc_bdefine(`confLOCAL_MAILER', `local')')
dnl The cf kit tests a misspelt _MAILER_uucp (never defined): without
dnl MAILER(smtp) the relay mailer is "unknown".  Kept for fidelity.
ifdef(`confRELAY_MAILER', `',
	`_mc_bdefine(`confRELAY_MAILER', ifdef(`_MAILER_smtp_', `relay', `unknown'))')
ifdef(`confUUCP_MAILER', `', `_mc_bdefine(`confUUCP_MAILER', `uucp-old')')
ifdef(`confRELAY_MSG', `',
	`_mc_bdefine(`confRELAY_MSG', ifdef(`_USE_AUTH_',
		``"550 Relaying denied. Proper authentication required."'',
		``"550 Relaying denied"''))')
ifdef(`confRCPTREJ_MSG', `',
	`_mc_bdefine(`confRCPTREJ_MSG', ``"550 Mailbox disabled for this recipient"'')')

dnl # -- checks on the defines -------------------------------------------
dnl # _mc_each(NAME): an error for each conf* name no option uses (_mc_badlist,
dnl # lib/known.m4); _mc_defines: @define for each tracked name still defined.
dnl # _mc_atvar(VAR): the @loc of VAR's last define, or of the template line
dnl # being read when VAR was never defined (a default of the templates)
_mc_bdefine(`_mc_atvar', `ifdef(`_mc_loc_$1', `@loc	defn(`_mc_loc_$1')
', `@loc	__file__	__line__
')')
_mc_bdefine(`_mc_varerr',
	`_mc_bdefine(`_mc_loc', defn(`_mc_loc_$1'))_mc_$2(`$3')')
_mc_bdefine(`_mc_each',
`ifelse(index(`$1', `conf'), `0',
	`ifdef(`_mc_known_$1', `',
		`_mc_varerr(`$1', `error', ``$1' is not a sendmail option variable'_mc_didyoumean(`define', `$1'))dnl
_mc_unknown(`define', `$1')')')')
_mc_badlist
ifdef(`confDEF_GROUP_ID', `_mc_varerr(`confDEF_GROUP_ID', `warning',
	`confDEF_GROUP_ID is obsolete; use confDEF_USER_ID with a colon in the value instead')')
ifdef(`confREAD_TIMEOUT', `_mc_varerr(`confREAD_TIMEOUT', `warning',
	`confREAD_TIMEOUT is obsolete; use the confTO_<timeout> variables instead')')
dnl # An obsolete variable the kit turns into others (or ignores) is
dnl # undefined once that is done: what it did is in the IR already, and
dnl # _mc_defines below lists only what is in effect.
ifdef(`confMESSAGE_TIMEOUT',
`ifelse(index(confMESSAGE_TIMEOUT, `/'), `-1',
	`define(`confTO_QUEUERETURN', confMESSAGE_TIMEOUT)',
	`define(`confTO_QUEUERETURN',
		substr(confMESSAGE_TIMEOUT, 0, index(confMESSAGE_TIMEOUT, `/')))dnl
define(`confTO_QUEUEWARN',
		substr(confMESSAGE_TIMEOUT, incr(index(confMESSAGE_TIMEOUT, `/'))))')dnl
undefine(`confMESSAGE_TIMEOUT')')
dnl The milter options are written only with a mail filter: without one
dnl their variables change nothing and are no @define of the IR.
ifelse(_mc_count(`xf'), `0', `undefine(`confMILTER_LOG_LEVEL')dnl
undefine(`confMILTER_MACROS_CONNECT')undefine(`confMILTER_MACROS_HELO')dnl
undefine(`confMILTER_MACROS_ENVFROM')undefine(`confMILTER_MACROS_ENVRCPT')dnl
undefine(`confMILTER_MACROS_EOM')undefine(`confMILTER_MACROS_EOH')dnl
undefine(`confMILTER_MACROS_DATA')')
dnl So are the class files of use_cw_file and use_ct_file without them.
ifdef(`USE_CW_FILE', `', `undefine(`confCW_FILE')')dnl
ifdef(`_USE_CT_FILE_', `', `undefine(`confCT_FILE')')dnl
ifdef(`confMIN_FREE_BLOCKS', `ifelse(index(confMIN_FREE_BLOCKS, `/'), `-1', `',
	`_mc_varerr(`confMIN_FREE_BLOCKS', `warning',
	`compound confMIN_FREE_BLOCKS is obsolete; use confMAX_MESSAGE_SIZE for the second part')')')
ifdef(`confAUTO_REBUILD', `_mc_varerr(`confAUTO_REBUILD', `warning',
	`confAUTO_REBUILD is no longer valid')undefine(`confAUTO_REBUILD')')
ifdef(`confUNSAFE_GROUP_WRITES', `_mc_varerr(`confUNSAFE_GROUP_WRITES', `warning',
	`confUNSAFE_GROUP_WRITES is deprecated; use confDONT_BLAME_SENDMAIL')')
ifelse(defn(`confDAEMON_OPTIONS'), `', `',
	`_mc_varerr(`confDAEMON_OPTIONS', `warning',
		`confDAEMON_OPTIONS is no longer valid; use DAEMON_OPTIONS()')dnl
_mc_push(`dpo', defn(`confDAEMON_OPTIONS'))undefine(`confDAEMON_OPTIONS')')
ifelse(defn(`confCLIENT_OPTIONS'), `', `',
	`_mc_varerr(`confCLIENT_OPTIONS', `warning',
		`confCLIENT_OPTIONS is no longer valid; use CLIENT_OPTIONS()')dnl
_mc_push(`cpo', defn(`confCLIENT_OPTIONS'))undefine(`confCLIENT_OPTIONS')')
ifdef(`confLDAP_DEFAULT_SPEC', `', `ifdef(`_LDAP_ROUTING_WARN_',
	`_mc_bdefine(`_mc_loc', defn(`_mc_ldaprouting_loc'))dnl
_mc_warning(`default FEATURE(ldap_routing) maps are used without confLDAP_DEFAULT_SPEC')')')
ifdef(`_SPAM_FH_', `_mc_bdefine(`_mc_loc', defn(`_mc_delay_loc'))dnl
ifdef(`_ACCESS_TABLE_', `',
	`_mc_error(`FEATURE(delay_checks) with friend or hater requires FEATURE(access_db)')')dnl
ifdef(`_SPAM_FRIEND_', `ifdef(`_SPAM_HATER_',
	`_mc_error(`FEATURE(delay_checks): define either hater or friend, not both')')')')
ifdef(`confDELIVERY_MODE', `ifelse(substr(confDELIVERY_MODE, 0, 1), `d',
	`_mc_varerr(`confDELIVERY_MODE', `warning',
		`Antispam rules not available in deferred delivery mode')')')

dnl # -- option rows (lib/options.m4) --------------------------------------
_mc_bdefine(`_mc_opt',
`ifdef(`$2', `_mc_atvar(`$2')O $1`'ifelse(defn(`$2'), `', `', `=$2')',
	`#O $1$3')')
_mc_bdefine(`_mc_opt_always', `_mc_atvar(`$2')O $1=ifdef(`$2', `$2', `$3')
')
_mc_bdefine(`_mc_opt_milter', `ifelse(_mc_count(`xf'), `0', `', `_mc_opt(`$1', `$2', `$3')
')')
_mc_bdefine(`_mc_dpoline', `_mc_vloc(`$1', `$2')O DaemonPortOptions=_mc_val(`$1', `$2')
')
_mc_bdefine(`_mc_cpoline', `_mc_vloc(`$1', `$2')O ClientPortOptions=_mc_val(`$1', `$2')
')
_mc_bdefine(`_mc_opt_daemons',
`ifelse(_mc_count(`dpo'), `0',
`_mc_atvar(`_mc_none_')ifdef(`_NETINET6_', `O DaemonPortOptions=Name=MTA-v4, Family=inet
O DaemonPortOptions=Name=MTA-v6, Family=inet6
', `O DaemonPortOptions=Name=MTA
')', `_mc_forlist(`dpo', `_mc_dpoline')')dnl
ifdef(`_NO_MSA_', `', `_mc_atvar(`_mc_none_')O DaemonPortOptions=Port=587, Name=MSA, M=E
')')
_mc_bdefine(`_mc_opt_clients',
`ifelse(_mc_count(`cpo'), `0', `#O ClientPortOptions=Family=inet, Address=0.0.0.0
',
	`_mc_forlist(`cpo', `_mc_cpoline')')')
_mc_bdefine(`_mc_opt_timezone',
`ifelse(confTIME_ZONE, `USE_SYSTEM', `#O TimeZoneSpec=
', confTIME_ZONE, `USE_TZ', `_mc_atvar(`confTIME_ZONE')O TimeZoneSpec=
', `_mc_atvar(`confTIME_ZONE')O TimeZoneSpec=confTIME_ZONE
')')
_mc_bdefine(`_mc_xline', `_mc_vloc(`$1', `$2')X`'_mc_val(`$1', `$2')
')
_mc_bdefine(`_mc_qline', `_mc_vloc(`$1', `$2')Q`'_mc_val(`$1', `$2')
')
_mc_bdefine(`_mc_dline', `ifdef(`$2', `_mc_atvar(`$2')D$1`'$2
')')
_mc_bdefine(`_mc_defline', `ifdef(`$1', `ifdef(`_mc_loc_$1', `@loc	defn(`_mc_loc_$1')', `@loc	__file__	__line__')
@define	`$1'	$1
')')
_mc_bdefine(`_mc_defines',
	`pushdef(`_mc_each', defn(`_mc_defline'))_mc_seenlist`'popdef(`_mc_each')')
dnl # -- the IR ----------------------------------------------------------
_mc_bdivert(0)dnl
V`'CF_LEVEL`'ifdef(`NO_VENDOR', `', `/ifdef(`VENDOR_NAME', `VENDOR_NAME', `Berkeley')')
undivert(10)dnl
_mc_defines`'dnl
_mc_tline(__file__, __line__)dnl
_mc_opt(`DontBlameSendmail', `confDONT_BLAME_SENDMAIL', `=safe')
_mc_opt(`LDAPDefaultSpec', `confLDAP_DEFAULT_SPEC', `=-h localhost')
ifdef(`confLDAP_CLUSTER', `_mc_dline(`{sendmailMTACluster}', `confLDAP_CLUSTER')')dnl
_mc_tline(__file__, __line__)dnl
Cwlocalhost
ifdef(`USE_CW_FILE', `_mc_atvar(`confCW_FILE')Fw`'confCW_FILE
')dnl
_mc_dline(`j', `confDOMAIN_NAME')dnl
_mc_tline(__file__, __line__)dnl
CP.
ifdef(`UUCP_RELAY', `_mc_dline(`Y', `UUCP_RELAY')CPUUCP
')dnl
ifdef(`BITNET_RELAY', `_mc_dline(`B', `BITNET_RELAY')CPBITNET
')dnl
ifdef(`DECNET_RELAY', `define(`_USE_DECNET_SYNTAX_', 1)_mc_dline(`C', `DECNET_RELAY')CPDECNET
')dnl
ifdef(`FAX_RELAY', `_mc_dline(`F', `FAX_RELAY')CPFAX
')dnl
ifdef(`SMART_HOST', `_mc_dline(`S', `SMART_HOST')', `DS
')dnl
ifdef(`LUSER_RELAY', `_mc_atvar(`LUSER_RELAY')Kuser user -m -a<>
DL`'LUSER_RELAY
')dnl
_mc_tline(__file__, __line__)dnl
CO @ ifdef(`_NO_PERCENTHACK_', `', `%') ifdef(`_NO_UUCP_', `', `!')
C..
C[[
ifdef(`_ACCESS_TABLE_', `C{Accept}OK RELAY
ifdef(`_DELAY_COMPAT_8_10_', `ifdef(`_BLOCKLIST_RCPT_', `C{SpamTag}SPAMFRIEND SPAMHATER
')')')dnl
ifdef(`_ACCEPT_UNRESOLVABLE_DOMAINS_', `', `Kresolve host -a<OKR> -T<TEMP>
')dnl
C{ResOk}OKR
ifdef(`_NEED_MACRO_MAP_', `_mc_bdefine(`_mc_macromap', `1')Kmacro macro
')dnl
ifdef(`confCR_FILE', `_mc_atvar(`confCR_FILE')FR`'confCR_FILE
')dnl
_mc_tline(__file__, __line__)dnl
Karith arith
ifdef(`_ACCESS_TABLE_', `define(`_FULL_TLS_CONNECTION_CHECK_', `1')')dnl
ifdef(`_MTA_STS_', `define(`_FULL_TLS_CONNECTION_CHECK_', `1')')dnl
ifdef(`_FULL_TLS_CONNECTION_CHECK_', `ifdef(`_mc_macromap', `', `Kmacro macro
')C{Tls}VERIFY ENCR
C{TlsVerified}OK TRUSTED
')dnl
ifdef(`_CERT_REGEX_ISSUER_', `KCERTIssuer regex _CERT_REGEX_ISSUER_
')dnl
ifdef(`_CERT_REGEX_SUBJECT_', `KCERTSubject regex _CERT_REGEX_SUBJECT_
')dnl
ifdef(`_MTA_STS_', `Kstsxsni regex -a: -s3 (.*)(servername=)(.*)
Kstsxsni2 regex -a: -s2 (.*)(servername=.*)
Kstsxmatch regex -a: -s2 (match=)(.*)
Kstsxnodaneflag regex -a@ -s3 (.*)(flags=)([^;]*d)(.*)
')dnl
_mc_dline(`R', `LOCAL_RELAY')dnl
_mc_dline(`H', `MAIL_HUB')dnl
_mc_tline(__file__, __line__)dnl
Kdequote dequote`'ifdef(`confDEQUOTE_OPTS', ` confDEQUOTE_OPTS')
dnl #CL root
undivert(5)dnl
ifdef(`_VIRTHOSTS_', `CR$={VirtHost}
')dnl
_mc_dline(`M', `MASQUERADE_NAME')dnl
_mc_dline(`n', `confMAILER_NAME')dnl
undivert(21)dnl
undivert(6)dnl
_mc_tline(__file__, __line__)dnl
DZ8.17.1.9`'ifdef(`confCF_VERSION', `/confCF_VERSION')
include(_CF_DIR_`lib/options.m4')dnl
ifdef(`_NEED_SMTPOPMODES_', `C{SMTPOpModes} s d D
')dnl
_mc_forlist(`qg', `_mc_qline')dnl
_mc_tline(__file__, __line__)dnl
Pfirst-class=0
Pspecial-delivery=100
Plist=-30
Pbulk=-60
Pjunk=-100
ifdef(`_USE_CT_FILE_', `', `#')Ft`'ifdef(`confCT_FILE', `confCT_FILE', `MAIL_SETTINGS_DIR`'trusted-users')
Troot
Tdaemon
ifdef(`_NO_UUCP_', `', `Tuucp
')dnl
ifdef(`confTRUSTED_USERS', `_mc_atvar(`confTRUSTED_USERS')T`'confTRUSTED_USERS
')dnl
ifdef(`confFROM_HEADER', `', `_mc_bdefine(`confFROM_HEADER', `$?x$x <$g>$|$g$.')')dnl
ifdef(`confMESSAGEID_HEADER', `', `_mc_bdefine(`confMESSAGEID_HEADER', `<$t.$i@$j>')')dnl
_mc_tline(__file__, __line__)dnl
H?P?Return-Path: <$g>
_mc_atvar(`confRECEIVED_HEADER')HReceived: confRECEIVED_HEADER
_mc_tline(__file__, __line__)dnl
H?D?Resent-Date: $a
H?D?Date: $a
_mc_atvar(`confFROM_HEADER')H?F?Resent-From: confFROM_HEADER
H?F?From: confFROM_HEADER
_mc_tline(__file__, __line__)dnl
H?x?Full-Name: $x
_mc_atvar(`confMESSAGEID_HEADER')H?M?Resent-Message-Id: confMESSAGEID_HEADER
H?M?Message-Id: confMESSAGEID_HEADER
_mc_tline(__file__, __line__)dnl
ifdef(`_ATMPF_', `C{Src}E F D U`'ifdef(`_FFR_SRCHLIST_A', ` A')
')dnl
undivert(2)dnl
undivert(3)dnl
undivert(1)dnl
undivert(4)dnl
undivert(8)dnl
undivert(9)dnl
_mc_forlist(`xf', `_mc_xline')dnl
undivert(7)dnl
undivert(27)dnl
_mc_bdivert(-1)
