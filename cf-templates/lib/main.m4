divert(-1)
#
# main.m4 -- the macros a .mc file calls, and the bookkeeping behind them.
#
# Nothing here writes the configuration directly.  Every macro records what
# it was told, with the place it was told (file and line, from __file__ and
# __line__ at the call), and lib/emit.m4 writes the IR at end of input.
# Records go to:
#
#	diversion 10	directives in call order (@ostype, @feature, ...,
#			@error, @warning), each after an @loc line
#	diversion 5	class lines from the class macros (C/F lines)
#	diversion 21	declarations written by FEATUREs (K, C, D, O lines)
#	diversion 27	mailer definitions (M lines), in MAILER order
#	diversions 1-4, 6-9
#			raw cf text of the LOCAL_* sections, as in the cf kit
#			(6 = LOCAL_CONFIG, 9 = LOCAL_RULESETS, ...), each part
#			between @section and @endsection lines
#	macros		options (the define hook below notes where each
#			conf* variable was last set), lists of daemon/client
#			options, filters and queue groups
#
# Internal names start with _mc_.  Names users know from the cf kit
# (PUSHDIVERT, _ARG_, _DEFIFNOT, MODIFY_MAILER_FLAGS, ...) keep their
# meaning, so site hack/ and domain/ files written for sendmail work.
#
define(`_mc_loaded', `1')
undefine(`format')

define(`_mc_bdefine', defn(`define'))
_mc_bdefine(`_mc_bdivert', defn(`divert'))
_mc_bdefine(`_mc_T', `	')
_mc_bdefine(`_mc_MAILERS', `27')

# ---------------------------------------------------------------------
# Locations.  _mc_loc holds "FILE<TAB>LINE" of the macro call being
# handled; _mc_locq writes it quoted, so that a file name is never
# expanded as a macro.  _mc_found tells an include probe that the file
# it read was there (see _mc_include).
_mc_bdefine(`_mc_loc', `')
_mc_bdefine(`_mc_setloc',
`_mc_rehook`'_mc_bdefine(`_mc_found', `1')_mc_bdefine(`_mc_loc', `$1	$2')dnl
ifelse(index(`$1', _CF_DIR_), `0', `', `_mc_bdefine(`_mc_lastuser', `$1	$2')')')
_mc_bdefine(`_mc_locq', `defn(`_mc_loc')')
_mc_bdefine(`_mc_atline', `@loc	_mc_locq
')

# ---------------------------------------------------------------------
# The define hook.  Every define goes through here: a conf* variable or
# one of the special names below gets its location remembered (the IR
# carries the line of the last define) and joins the list that lib/emit.m4
# checks against the known option names.
_mc_bdefine(`_mc_special', `ifdef(`_mc_sp_$1', `1', `0')')
_mc_bdefine(`_mc_tracked',
	`ifelse(index(`$1', `conf'), `0', `1', index(`$1', `_FFR_'), `0', `1',
		`_mc_special(`$1')')')
_mc_bdefine(`_mc_seenlist', `')
_mc_bdefine(`_mc_note', `_mc_bdefine(`_mc_found', `1')ifdef(`_mc_sp_$1', `_mc_track(`$1')',
`ifelse(index(`$1', `conf'), `0', `_mc_track(`$1')', index(`$1', `_FFR_'), `0', `_mc_track(`$1')')')')
_mc_bdefine(`_mc_track', `_mc_bdefine(`_mc_loc_$1', __file__	__line__)ifdef(`_mc_seen_$1', `',
`_mc_bdefine(`_mc_seen_$1', `1')_mc_bdefine(`_mc_seenlist',
defn(`_mc_seenlist')`_mc_each(`$1')')_mc_chkknown(`$1')')')
# The hook and the changequote wrapper below are written with the default
# quotes, so they must not run while a .mc has other quotes in force
# (Debian's changequote([, ]) idiom to put an apostrophe in a value).  A
# changequote away from the defaults puts the builtins back; the next call
# of one of our macros (which needs the default quotes anyway) puts the
# hooks back.  Defines made in between are not located.
_mc_bdefine(`_mc_bchangequote', defn(`changequote'))
_mc_bdefine(`_mc_hookdefine',
	`ifelse($#, 0, ``define'', `_mc_note(`$1')_mc_bdefine($@)')')
_mc_bdefine(`_mc_hookcq',
`ifelse($#, 0, `_mc_bchangequote', `$1$2', ``'', `_mc_bchangequote',
	`_mc_bdefine(`define', defn(`_mc_bdefine'))dnl
_mc_bdefine(`changequote', defn(`_mc_bchangequote'))dnl
_mc_bdefine(`_mc_hookoff', `1')_mc_bchangequote($@)')')
_mc_bdefine(`_mc_hooks',
`_mc_bdefine(`define', defn(`_mc_hookdefine'))_mc_bdefine(`changequote', defn(`_mc_hookcq'))')
_mc_bdefine(`_mc_rehook',
	`ifdef(`_mc_hookoff', `undefine(`_mc_hookoff')_mc_hooks')')
_mc_hooks
define(`divert',
	`_mc_bdefine(`_mc_found', `1')ifelse($#, 0, `_mc_bdivert', `_mc_bdivert($@)')')
define(`_mc_sp_SMART_HOST')
define(`_mc_sp_MAIL_HUB')
define(`_mc_sp_LOCAL_RELAY')
define(`_mc_sp_LUSER_RELAY')
define(`_mc_sp_UUCP_RELAY')
define(`_mc_sp_BITNET_RELAY')
define(`_mc_sp_DECNET_RELAY')
define(`_mc_sp_FAX_RELAY')
define(`_mc_sp_MASQUERADE_NAME')
define(`_mc_sp_ALIAS_FILE')
define(`_mc_sp_HELP_FILE')
define(`_mc_sp_QUEUE_DIR')
define(`_mc_sp_STATUS_FILE')
define(`_mc_sp_MSP_QUEUE_DIR')
define(`_mc_sp_MAIL_SETTINGS_DIR')
define(`_mc_sp_DATABASE_MAP_TYPE')
# switches a .mc sets directly that change the rules (mc-language.md 7)
define(`_mc_sp_DNSBL_MAP')
define(`_mc_sp_DNSBL_MAP_OPT')
define(`_mc_sp_EDNSBL_TO')
define(`_mc_sp_MTAMARK_TO')
define(`_mc_sp_TLS_PERM_ERR')
define(`_mc_sp__CERT_REGEX_ISSUER_')
define(`_mc_sp__CERT_REGEX_SUBJECT_')
define(`_mc_sp__NETINET6_')
define(`_mc_sp_NO_NETINET6')
define(`_mc_sp__USE_DECNET_SYNTAX_')
define(`_mc_sp__STRICT_RFC821_')
define(`_mc_sp__USE_DEPRECATED_ROUTE_ADDR_')
define(`_mc_sp__NO_VIRTUSER_RECURSION_')
define(`_mc_sp__VIRTUSER_STOP_ONE_LEVEL_RECURSION_')
define(`_mc_sp__USETMPFTOKEN_')
define(`_mc_sp__REQUIRE_QUAL_RCPT_')
define(`_mc_sp___OSTYPE__')

# ---------------------------------------------------------------------
# Helpers the cf kit gives to .mc, hack and domain files.
define(`PUSHDIVERT', `pushdef(`__D__', divnum)_mc_bdivert($1)')
define(`POPDIVERT', `_mc_bdivert(__D__)popdef(`__D__')')
define(`lower',
	`translit(`$1', `ABCDEFGHIJKLMNOPQRSTUVWXYZ', `abcdefghijklmnopqrstuvwxyz')')
define(`strcasecmp', `ifelse(lower($1), lower($2), `1', `0')')
define(`_DEFIFNOT', `ifdef(`$1', `', `define(`$1', `$2')')')
define(`_OPTINS', `ifdef(`$1', `$2$1$3')')
define(`CONCAT', `$1$2$3$4$5$6$7')
define(`DOL', ``$'$1')
define(`CF_LEVEL', `10')
# _mc_nth(N, a1, a2, ...) is aN; _ARGn_ picks from the arguments of the
# FEATURE/HACK/MAILER call being read (_ARGS_ holds them, quoted).
define(`_mc_nth', `ifelse(`$1', `1', `$2', `_mc_nth(decr($1), shift(shift($@)))')')
define(`_ARG1_', `_mc_nth(1, _ARGS_)')
define(`_ARG2_', `_mc_nth(2, _ARGS_)')
define(`_ARG3_', `_mc_nth(3, _ARGS_)')
define(`_ARG4_', `_mc_nth(4, _ARGS_)')
define(`_ARG5_', `_mc_nth(5, _ARGS_)')
define(`_ARG6_', `_mc_nth(6, _ARGS_)')
define(`_ARG7_', `_mc_nth(7, _ARGS_)')
define(`_ARG8_', `_mc_nth(8, _ARGS_)')
define(`_ARG9_', `_mc_nth(9, _ARGS_)')
# _mc_empty(x) is 1 when x is empty (x may hold commas or quotes).
define(`_mc_empty', `ifelse(len(`X$1'), `1', `1', `0')')
# _mc_tabjoin(a, b, ...): the arguments, quoted, separated by tabs.
define(`_mc_tabjoin',
	`ifelse(`$#', `1', ``$1'', ``$1'_mc_T`'_mc_tabjoin(shift($@))')')

# ---------------------------------------------------------------------
# Diagnostics: an @error/@warning line after the @loc of the current
# call.  The message is written quoted (never expanded).  With
# -D_MC_ERRPRINT they go to stderr too, as FILE:LINE: *** ERROR: text.
define(`_mc_diag',
`_mc_bdefine(`_mc_msg', `$2')PUSHDIVERT(10)_mc_atline`'@`$1'_mc_T`'defn(`_mc_msg')
POPDIVERT`'ifdef(`_MC_ERRPRINT', `errprint(translit(defn(`_mc_loc'), _mc_T, `:')`: *** 'translit(`$1',
	`abcdefghijklmnopqrstuvwxyz', `ABCDEFGHIJKLMNOPQRSTUVWXYZ')`: 'defn(`_mc_msg')`
')')')
define(`_mc_error', `_mc_diag(`error', `$1')')
define(`_mc_warning', `_mc_diag(`warning', `$1')')
# _mc_error2(MESSAGE, LOCMACRO, NOTE): an error with a second location,
# the one LOCMACRO holds (FILE<TAB>LINE), as "@note FILE LINE NOTE"
# (FEATURE after MAILER: where the MAILER is).
define(`_mc_error2', `_mc_error(`$1')ifdef(`$2',
`PUSHDIVERT(10)@note`'_mc_T`'defn(`$2')`'_mc_T`$3'
POPDIVERT`'')')
# _mc_unknown(KIND, NAME): the @unknown line that follows an @error about
# a name nobody knows; the compiler offers the closest known name.
define(`_mc_unknown',
`PUSHDIVERT(10)@unknown`'_mc_T`$1'_mc_T`'_mc_tabjoin(`$2')
POPDIVERT`'')
define(`_mc_directive',
`PUSHDIVERT(10)_mc_atline`'@`$1'_mc_T`'_mc_tabjoin(shift($@))
POPDIVERT`'')

# _mc_decl(TEXT): a declaration line written by a feature (diversion 21),
# after the @loc of the FEATURE call.  TEXT is expanded, as the cf kit
# expands its LOCAL_CONFIG lines.
define(`_mc_decl', `PUSHDIVERT(21)_mc_atline`'$1
POPDIVERT`'')

# _mc_declon / _mc_decloff bracket declaration lines a feature file writes
# as plain text (diversion 21), after the @loc of the FEATURE call.
define(`_mc_declon', `PUSHDIVERT(21)_mc_atline')
define(`_mc_decloff', `POPDIVERT')
# _mc_mapspec(FILE, LDAPNAME[, TMPF]): the map spec of a map FEATURE:
# its first argument, or DATABASE_MAP_TYPE MAIL_SETTINGS_DIR FILE when
# empty, or the default LDAP schema for the word LDAP.  With TMPF the
# default specs carry -T<TMPF> (temporary lookup failures are visible).
define(`_mc_mapspec',
`_mc_argdefault(1, _mc_mapdflt(`$1', `$3'))dnl
ifelse(_mc_empty(defn(`_ARG_')), `1', `_mc_mapdflt(`$1', `$3')',
	defn(`_ARG_'), `LDAP', `_mc_ldapspec(`$2', `$3')',
	`_ARG_')')
define(`_mc_mapdflt',
`DATABASE_MAP_TYPE`'ifelse(`$2', `', `', ` -T<TMPF>') MAIL_SETTINGS_DIR`'$1')
define(`_mc_ldapspec',
`ldap ifelse(`$2', `', `', `-T<TMPF> ')-1 -v sendmailMTAMapValue`,'sendmailMTAMapSearch:FILTER:sendmailMTAMapObject`,'sendmailMTAMapURL:URL:sendmailMTAMapObject -k (&(objectClass=sendmailMTAMapObject)(|(sendmailMTACluster=${sendmailMTACluster})(sendmailMTAHost=$j))(sendmailMTAMapName=$1)(sendmailMTAKey=%0))')
# _mc_needaccess: the error of a FEATURE that only works with access_db.
define(`_mc_needaccess', `ifdef(`_ACCESS_TABLE_', `',
	`_mc_error(`FEATURE('_mc_fname`) requires FEATURE(access_db)')')')
# _mc_beforelocal: the error of a FEATURE that must precede MAILER(local).
define(`_mc_beforelocal', `ifdef(`_MAILER_local_',
	`_mc_error2(`FEATURE('_mc_fname`) must occur before MAILER(local)',
		`_mc_mloc_local', `MAILER(local) is here')')')

# ---------------------------------------------------------------------
# Lists with locations: _mc_push(LIST, VALUE) remembers VALUE and the
# current location; _mc_forlist(LIST, MACRO) calls MACRO(LIST, N) for
# each entry in order.  _mc_val(LIST, N) is the value (expanded when
# read), _mc_vloc(LIST, N) its @loc line.
define(`_mc_push',
`define(`_mc_n_$1', ifdef(`_mc_n_$1', `incr(_mc_n_$1)', `1'))dnl
_mc_bdefine(`_mc_v_$1_'_mc_n_$1, `$2')dnl
_mc_bdefine(`_mc_l_$1_'_mc_n_$1, defn(`_mc_loc'))')
define(`_mc_count', `ifdef(`_mc_n_$1', `_mc_n_$1', `0')')
define(`_mc_forlist', `_mc_forlist1(`$1', `$2', 1, _mc_count(`$1'))')
define(`_mc_forlist1',
	`ifelse(eval($3 > $4), `1', `', `$2(`$1', $3)_mc_forlist1(`$1', `$2', incr($3), $4)')')
define(`_mc_vloc', `@loc`'_mc_T`'defn(`_mc_l_$1_$2')
')
define(`_mc_val', `_mc_v_$1_$2')

# ---------------------------------------------------------------------
# Finding template files.  Our own tree (_CF_DIR_) first, then the m4
# search path (-I), where a site keeps its own domain/ and hack/ files.
# A file that is read calls divert, define or one of our macros, which
# sets _mc_found; a missing file sets nothing.  _mc_include(KIND, NAME)
# returns through _mc_found whether NAME was found.
define(`_mc_include',
`pushdef(`_mc_found', `0')sinclude(_CF_DIR_`$1/$2.m4')ifelse(_mc_found, `0',
`sinclude(`$1/$2.m4')')ifelse(_mc_found, `0',
`popdef(`_mc_found')_mc_bdefine(`_mc_lastfound', `0')',
`popdef(`_mc_found')_mc_bdefine(`_mc_lastfound', `1')')')
define(`_mc_kindname',
	`ifelse(`$1', `feature', ``FEATURE'', `$1', `mailer', ``MAILER'',
		`$1', `ostype', ``OSTYPE'', `$1', `domain', ``DOMAIN'', ``HACK'')')
# A template file that used the changequote([, ]) idiom turned the define
# hook off; it is put back before the .mc goes on.
define(`_mc_load',
`_mc_include(`$1', `$2')_mc_rehook`'ifelse(_mc_lastfound, `0',
`_mc_error(_mc_kindname(`$1')`(`$2') is unknown: no $1/$2.m4'_mc_didyoumean(`$1', `$2'))dnl
_mc_unknown(`$1', `$2')')')
# _mc_didyoumean(KIND, NAME): "; did you mean `x'?" or nothing
define(`_mc_didyoumean',
`pushdef(`_mc_s', _mc_suggest(`$2', defn(`_mc_names_$1')))ifelse(defn(`_mc_s'), `', `',
	``; did you mean 'defn(`_mc_s')`?'')popdef(`_mc_s')')

# ---------------------------------------------------------------------
# Structure.
define(`VERSIONID', ``#####  $1  #####'
')
define(`OSTYPE',
`PUSHDIVERT(-1)_mc_setloc(__file__, __line__)dnl
ifdef(`__OSTYPE__', `_mc_warning(`duplicate OSTYPE(`$1')')')dnl
define(`__OSTYPE__', `$1')define(`_ARG_', `$2')dnl
_mc_directive(`ostype', $@)_mc_load(`ostype', `$1')POPDIVERT`'')
define(`DOMAIN',
`PUSHDIVERT(-1)_mc_setloc(__file__, __line__)dnl
define(`_ARG_', `$2')_mc_directive(`domain', $@)dnl
_mc_load(`domain', `$1')POPDIVERT`'')
define(`FEATURE',
`PUSHDIVERT(-1)_mc_setloc(__file__, __line__)dnl
ifdef(`_MAILER_DEFINED_', `_mc_error2(`FEATURE(`$1') should be before MAILER()',
	`_mc_mloc_first', `the first MAILER() is here')')dnl
pushdef(`_ARG_', `$2')pushdef(`_ARGS_', `shift($@)')pushdef(`_mc_fname', `$1')dnl
_mc_bdefine(`_mc_fcall', incr(_mc_fcall))pushdef(`_mc_fkey', `k'_mc_fcall)dnl
pushdef(`_mc_floc', defn(`_mc_loc'))_mc_load(`feature', `$1')dnl
_mc_bdefine(`_mc_loc', defn(`_mc_floc'))popdef(`_mc_floc')dnl
ifdef(`_mc_flate'_mc_fkey, `_mc_bdefine(`_mc_lateloc'_mc_fkey, defn(`_mc_loc'))dnl
_mc_bdefine(`_mc_laterecs', defn(`_mc_laterecs')`_mc_laterec('_mc_fkey`,$@)')',
	`_mc_frecord(_mc_fkey, $@)')dnl
popdef(`_mc_fkey')popdef(`_ARG_')popdef(`_ARGS_')popdef(`_mc_fname')POPDIVERT`'')
# The @feature record is written after the feature file is read, at the
# FEATURE's own @loc: a feature file says with _mc_argdefault(N, TEXT)
# that its argument N does the same as TEXT (its default, or any value
# that changes nothing), and trailing arguments that are empty or equal
# to their default are left out, so the record shows the effective
# configuration: FEATURE(`virtusertable', `hash /etc/mail/virtusertable')
# and FEATURE(`virtusertable') are one configuration.  After
# _mc_argvalue(N) the record shows argument N expanded once, as the kit
# takes it (a message written with quotes around it loses them).
# A feature whose argument matters only with what the rest of the .mc
# asks for says with _mc_argcanon(N, BODY) how argument N ($1 in BODY)
# shows; its record is then written at end of input (lib/emit.m4 runs
# _mc_laterecs), at the FEATURE's @loc, when BODY can tell.
# These are kept per FEATURE call, under the key _mc_fkey (k1, k2, ...).
define(`_mc_argdefault', `define(`_mc_fd_'_mc_fkey`_$1', `$2')')
define(`_mc_argvalue', `define(`_mc_fv_'_mc_fkey`_$1', `1')')
# _mc_argsunused: the feature takes no argument (as in the cf kit, where
# FEATURE(`no_default_msa', `dnl') is one Red Hat idiom); none is shown
define(`_mc_argsunused', `define(`_mc_fu'_mc_fkey, `1')')
define(`_mc_argcanon', `define(`_mc_fc_'_mc_fkey`_$1', `$2')define(`_mc_flate'_mc_fkey, `1')')
_mc_bdefine(`_mc_fcall', `0')
_mc_bdefine(`_mc_laterecs', `')
define(`_mc_laterec',
`_mc_bdefine(`_mc_loc', defn(`_mc_lateloc$1'))_mc_frecord($@)')
# _mc_frecord(KEY, NAME, ARGS...): the @feature record
define(`_mc_frecord',
`PUSHDIVERT(10)_mc_atline`'@feature`'_mc_T`$2'_mc_frec(`$1', ifdef(`_mc_fu$1', `0',
	`_mc_fkeep(`$1', decr(decr($#)), shift(shift($@)))'), 1, shift(shift($@)))
POPDIVERT`'')
# _mc_fcv(KEY, N, ARG): ARG as argument N shows, quoted
define(`_mc_fcv', `ifdef(`_mc_fc_$1_$2', `_mc_fc_$1_$2(`$3')', ``$3'')')
# _mc_frec(KEY, K, I, aI, ...): the record's fields for K arguments from
# the I-th on, each after a tab, as written or expanded once
define(`_mc_frec', `ifelse(`$2', `0', `', `_mc_frec1($@)')')
define(`_mc_frec1', `_mc_T`'ifdef(`_mc_fc_$1_$3', `_mc_fcv(`$1', `$3', `$4')',
	`ifelse(_mc_fisdflt(`$1', `$3', `$4'), `1', `',
		`_mc_fout(ifdef(`_mc_fv_$1_$3', `1', `0'), `$4')')')dnl
_mc_frec(`$1', decr(`$2'), incr(`$3'), shift(shift(shift(shift($@)))))')
define(`_mc_fout', `ifelse(`$1', `1', `$2', ``$2'')')
# _mc_fkeep(KEY, K, a1, ..., aK): how many of a1..aK to keep
define(`_mc_fkeep',
`ifelse(`$2', `0', `0', `_mc_fkeep1($@)')')
define(`_mc_fkeep1',
`ifelse(_mc_fisdflt(`$1', `$2', _mc_fcv(`$1', `$2', _mc_qnth(`$2', shift(shift($@))))), `1',
	`_mc_fkeep(`$1', decr(`$2'), shift(shift($@)))', `$2')')
define(`_mc_fisdflt',
`ifelse(`$3', `', `1', `ifdef(`_mc_fd_$1_$2', `ifelse(defn(`_mc_fd_$1_$2'), `$3', `1', `0')', `0')')')
define(`_mc_qnth', `ifelse(`$1', `1', ``$2'', `_mc_qnth(decr($1), shift(shift($@)))')')

define(`HACK',
`PUSHDIVERT(-1)_mc_setloc(__file__, __line__)dnl
_mc_directive(`hack', $@)dnl
pushdef(`_ARG_', `$2')pushdef(`_ARGS_', `shift($@)')dnl
_mc_load(`hack', `$1')popdef(`_ARG_')popdef(`_ARGS_')POPDIVERT`'')
# MAILER(name [, alias]): the alias replaces the name for the duplicate
# check, as in the cf kit.
define(`MAILER',
`PUSHDIVERT(-1)_mc_setloc(__file__, __line__)dnl
define(`_mc_mn', ifelse(`$2', `', `$1', `$2'))dnl
ifdef(`_MAILER_DEFINED_', `', `define(`_MAILER_DEFINED_', `1')dnl
_mc_bdefine(`_mc_mloc_first', defn(`_mc_loc'))')dnl
ifdef(`_MAILER_'_mc_mn`_',
`_mc_error2(`MAILER('_mc_mn`) already included', `_mc_mloc_'_mc_mn,
	`MAILER('_mc_mn`) is first included here')',
`define(`_MAILER_'_mc_mn`_', `')_mc_bdefine(`_mc_mloc_'_mc_mn, defn(`_mc_loc'))dnl
_mc_directive(`mailer', $@)dnl
pushdef(`_ARG_', `$2')pushdef(`_ARGS_', `shift($@)')dnl
_mc_bdivert(27)_mc_atline`'_mc_load(`mailer', `$1')_mc_bdivert(-1)dnl
popdef(`_ARG_')popdef(`_ARGS_')')POPDIVERT`'')

# ---------------------------------------------------------------------
# Sections of raw cf text.  Each opens "@section NAME" and an @loc whose
# line is the line of the macro call (the raw text starts right after
# the call, so its first line is the rest of that line); the previous
# section is closed first, and the last one at end of input.
define(`_mc_endsection',
`ifdef(`_mc_cursec', `_mc_bdivert(_mc_cursec)
@endsection
undefine(`_mc_cursec')')')
define(`_mc_section',
`_mc_endsection`'_mc_bdivert(`$1')@section`'_mc_T`$2'
_mc_atline`'_mc_bdefine(`_mc_cursec', `$1')')
define(`_mc_secwarn',
	`ifdef(`_MAILER_DEFINED_', `', `_mc_warning(`MAILER() should be before $1')')')
define(`LOCAL_CONFIG', `_mc_setloc(__file__, __line__)_mc_section(6, `LOCAL_CONFIG')')
define(`LOCAL_RULE_0', `_mc_setloc(__file__, __line__)_mc_section(3, `LOCAL_RULE_0')')
define(`LOCAL_RULE_1', `_mc_setloc(__file__, __line__)_mc_section(9, `LOCAL_RULE_1')')
define(`LOCAL_RULE_2', `_mc_setloc(__file__, __line__)_mc_section(9, `LOCAL_RULE_2')')
define(`LOCAL_RULE_3', `_mc_setloc(__file__, __line__)_mc_section(2, `LOCAL_RULE_3')')
define(`LOCAL_RULESETS', `_mc_setloc(__file__, __line__)_mc_section(9, `LOCAL_RULESETS')')
define(`LOCAL_UUCP', `_mc_setloc(__file__, __line__)_mc_section(4, `LOCAL_UUCP')')
define(`LOCAL_DNSBL', `_mc_setloc(__file__, __line__)_mc_section(8, `LOCAL_DNSBL')')
define(`MAILER_DEFINITIONS',
	`_mc_setloc(__file__, __line__)_mc_section(7, `MAILER_DEFINITIONS')')
define(`LOCAL_NET_CONFIG',
`_mc_setloc(__file__, __line__)define(`_LOCAL_RULES_', 1)dnl
_mc_section(1, `LOCAL_NET_CONFIG')')
define(`_mc_tlssec',
`_mc_setloc(__file__, __line__)define(`_$1_')_mc_secwarn(`$1')dnl
_mc_section(9, `$1')')
define(`LOCAL_SRV_FEATURES', `_mc_tlssec(`LOCAL_SRV_FEATURES')')
define(`LOCAL_CLT_FEATURES', `_mc_tlssec(`LOCAL_CLT_FEATURES')')
define(`LOCAL_TRY_TLS', `_mc_tlssec(`LOCAL_TRY_TLS')')
define(`LOCAL_TLS_RCPT', `_mc_tlssec(`LOCAL_TLS_RCPT')')
define(`LOCAL_TLS_CLIENT', `_mc_tlssec(`LOCAL_TLS_CLIENT')')
define(`LOCAL_TLS_SERVER', `_mc_tlssec(`LOCAL_TLS_SERVER')')
# UUCPSMTP(uuhost, dnsname), inside LOCAL_RULE_3: the rule that turns
# uuhost!user into user@dnsname.
define(`UUCPSMTP',
	`R`'DOL(*) < @ $1 .UUCP > DOL(*)_mc_T`'DOL(1) < @ $2 > DOL(2)')

# ---------------------------------------------------------------------
# Classes (cf kit diversion 5).  C lines for words, F lines for files.
# Like the cf kit's, these macros end with dnl: the rest of the line is
# dropped (a second macro on the same line is not read).
define(`_mc_class',
`_mc_setloc(__file__, __line__)PUSHDIVERT(5)_mc_atline`'dnl
@class`'_mc_T`'$2`'_mc_T`'$3
$1{$2}$3
POPDIVERT`'')
define(`_mc_cclass', `_mc_class(`C', `$1', `$2')dnl`'')
define(`_mc_fclass',
`_mc_setloc(__file__, __line__)PUSHDIVERT(5)_mc_atline`'F{$1}$2
POPDIVERT`'dnl`'')
define(`EXPOSED_USER', `_mc_cclass(`E', `$1')')
define(`EXPOSED_USER_FILE', `_mc_fclass(`E', `$1')')
define(`LOCAL_USER', `_mc_cclass(`L', `$1')')
define(`LOCAL_USER_FILE', `_mc_fclass(`L', `$1')')
define(`MASQUERADE_DOMAIN', `_mc_cclass(`M', `$1')')
define(`MASQUERADE_DOMAIN_FILE', `_mc_fclass(`M', `$1')')
define(`MASQUERADE_EXCEPTION', `_mc_cclass(`N', `$1')')
define(`MASQUERADE_EXCEPTION_FILE', `_mc_fclass(`N', `$1')')
define(`LOCAL_DOMAIN', `_mc_cclass(`w', `$1')')
define(`CANONIFY_DOMAIN', `_mc_cclass(`Canonify', `$1')')
define(`CANONIFY_DOMAIN_FILE', `_mc_fclass(`Canonify', `$1')')
define(`GENERICS_DOMAIN', `_mc_cclass(`G', `$1')')
define(`GENERICS_DOMAIN_FILE', `_mc_fclass(`G', `$1')')
define(`LDAPROUTE_DOMAIN', `_mc_cclass(`LDAPRoute', `$1')')
define(`LDAPROUTE_DOMAIN_FILE', `_mc_fclass(`LDAPRoute', `$1')')
define(`LDAPROUTE_EQUIVALENT', `_mc_cclass(`LDAPRouteEquiv', `$1')')
define(`LDAPROUTE_EQUIVALENT_FILE', `_mc_fclass(`LDAPRouteEquiv', `$1')')
define(`VIRTUSER_DOMAIN', `define(`_VIRTHOSTS_')_mc_cclass(`VirtHost', `$1')')
define(`VIRTUSER_DOMAIN_FILE', `define(`_VIRTHOSTS_')_mc_fclass(`VirtHost', `$1')')
define(`RELAY_DOMAIN', `_mc_cclass(`R', `$1')')
define(`RELAY_DOMAIN_FILE', `_mc_fclass(`R', `$1')')
define(`TRUST_AUTH_MECH',
	`_DEFIFNOT(`_USE_AUTH_', `1')_mc_cclass(`TrustAuthMech', `$1')')
define(`MASQUERADE_AS',
	`_mc_setloc(__file__, __line__)define(`MASQUERADE_NAME', `$1')')

# SITECONFIG(file, name, class): UUCP site tables (obsolete).  Written at
# the point of the call, as the cf kit does; SITE(host) in the file (or in
# the .mc) writes the line `C<class>host' (`CYhost' for SITE(host, S) in
# class U).  As in the kit, the line is unquoted text, so what follows
# SITE(...) on the .mc line joins it: SITE(`a')dnl writes `CUadnl'.  The
# file is siteconfig/FILE.m4 of our tree, else of the -I folders.
define(`SITECONFIG',
`D`'$3`'$2
define(`_CLASS_$3_', `')dnl
ifelse(`$3', `U', `C{w}$2 $2.UUCP
')dnl
define(`SITE', `define(`_mc_sitefound', `1')CONCAT(ifelse(`$3'$'2`, `US', `CY', `C$3'), $'1`)')dnl
pushdef(`_mc_sitefound', `0')sinclude(_CF_DIR_`siteconfig/$1.m4')dnl
ifelse(_mc_sitefound, `0', `sinclude(`siteconfig/$1.m4')')popdef(`_mc_sitefound')')

# ---------------------------------------------------------------------
# Option lists.
# _DPO_ and _CPO_ keep the cf kit's form of the lists, for site hack
# files that test them (defn(`_DPO_') empty = no DAEMON_OPTIONS yet).
define(`_DPO_', `')
define(`_CPO_', `')
define(`DAEMON_OPTIONS',
`_mc_setloc(__file__, __line__)_mc_push(`dpo', `$1')dnl
define(`_DPO_', defn(`_DPO_')`
O DaemonPortOptions='`$1')')
define(`CLIENT_OPTIONS',
`_mc_setloc(__file__, __line__)_mc_push(`cpo', `$1')dnl
define(`_CPO_', defn(`_CPO_')`
O ClientPortOptions='`$1')')
define(`MAIL_FILTER',
	`_mc_setloc(__file__, __line__)_mc_push(`xf', `$1, $2')')
define(`INPUT_MAIL_FILTER',
`MAIL_FILTER(`$1', `$2')dnl
ifelse(defn(`confINPUT_MAIL_FILTERS'), `',
	`define(`confINPUT_MAIL_FILTERS', `$1')',
	`define(`confINPUT_MAIL_FILTERS', defn(`confINPUT_MAIL_FILTERS')`, $1')')')
define(`QUEUE_GROUP',
	`_mc_setloc(__file__, __line__)_mc_push(`qg', `$1, $2')')

# ---------------------------------------------------------------------
# Mailer flags.  MODIFY_MAILER_FLAGS(NAME, +letters | -letters | set):
# additions and removals accumulate, anything else replaces the whole
# set.  _mc_flags(BASE, NAME) applies them: removals first (one letter
# each), then additions of letters not yet present.
define(`MODIFY_MAILER_FLAGS',
`ifelse(substr(`$2', 0, 1), `+',
	`define(`_mc_mfa_$1', ifdef(`_mc_mfa_$1', `defn(`_mc_mfa_$1')')`'substr(`$2', 1))',
	substr(`$2', 0, 1), `-',
	`define(`_mc_mfd_$1', ifdef(`_mc_mfd_$1', `defn(`_mc_mfd_$1')')`'substr(`$2', 1))',
	`define(`_mc_mfs_$1', `$2')define(`_mc_mfa_$1', `')define(`_mc_mfd_$1', `')')')
define(`_mc_dropc',
`ifelse(index(`$1', `$2'), `-1', `$1',
	`substr(`$1', 0, index(`$1', `$2'))`'substr(`$1', incr(index(`$1', `$2')))')')
define(`_mc_addc', `ifelse(index(`$1', `$2'), `-1', `$1$2', `$1')')
# _mc_fold(OP, ACC, LETTERS): OP applied to ACC with each letter in turn.
define(`_mc_fold',
`ifelse(`$3', `', `$2',
	`_mc_fold(`$1', $1(`$2', substr(`$3', 0, 1)), substr(`$3', 1))')')
define(`_mc_flags',
`ifdef(`_mc_mfs_$2', `defn(`_mc_mfs_$2')',
	`_mc_fold(`_mc_addc',
		_mc_fold(`_mc_dropc', `$1', ifdef(`_mc_mfd_$2', `defn(`_mc_mfd_$2')')),
		ifdef(`_mc_mfa_$2', `defn(`_mc_mfa_$2')'))')')
# _mc_eq(VAR, KEY): "KEY=value, " when VAR is defined, else nothing.
define(`_mc_eq', `ifdef(`$1', `$2=$1, ')')
define(`_mc_qgrp', `ifelse(defn(`$1'), `', `', ` Q=$1,')')

# ---------------------------------------------------------------------
# Defaults (before the .mc is read; the .mc and the OSTYPE/DOMAIN files
# override them).
ifdef(`MAIL_SETTINGS_DIR', `', `define(`MAIL_SETTINGS_DIR', `/etc/mail/')')
define(`DATABASE_MAP_TYPE', `hash')
include(_CF_DIR_`lib/defaults.m4')
include(_CF_DIR_`lib/suggest.m4')
include(_CF_DIR_`lib/names.m4')
include(_CF_DIR_`lib/known.m4')
m4wrap(`include(_CF_DIR_`lib/emit.m4')')
# From here on `#' starts no comment: macros on `#' lines of a .mc are
# expanded, as with the cf kit.  Template files read later comment with dnl.
changecom()
divert(0)dnl
