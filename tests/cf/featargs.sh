#!/bin/sh
# featargs.sh -- `mailcf show' prints the effective configuration: a
# FEATURE argument written out with its default value (or with a value
# that changes nothing, such as msp's second argument other than MSA) is
# left out of the @feature record, so the two spellings show the same;
# an argument that only matters with another FEATURE shows as what it
# does once the whole .mc is read; a variable that changes nothing in
# the .cf (milter macros without a filter, confCW_FILE without
# use_cw_file) is no @define.
# Each pair is checked against the REAL cf kit (../shared/oracle/mc2cf):
# the kit's sendmail.cf must be the same for both spellings, and for a
# close variant with a value that does change something both the kit's
# .cf and our show must differ.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
n=0

# body NAME MCTEXT: $TMPDIR/NAME.{mc,cf,show}
# (FEATURE(msp) brings its own mailers); a failing show is a failed case
body() {
	case $2 in
	*msp*) printf '%s\n' "OSTYPE(\`linux')dnl" "$2" ;;
	*) printf '%s\n' "OSTYPE(\`linux')dnl" "$2" "MAILER(\`local')dnl" \
	    "MAILER(\`smtp')dnl" ;;
	esac > "$TMPDIR/$1.mc"
	(cd "$TMPDIR" && "$ORACLE/mc2cf" "$1.mc" 2>/dev/null |
	    grep -v '^##### built by' | grep -v '^#####	using' |
	    grep -v '^#####	by ' > "$1.cf")
	"$MAILCF" show "$TMPDIR/$1.mc" > "$TMPDIR/$1.out" 2> "$TMPDIR/$1.err" ||
	    echo "show failed: $(head -1 "$TMPDIR/$1.err")" > "$TMPDIR/$1.out"
	grep -v '^@loc' "$TMPDIR/$1.out" > "$TMPDIR/$1.show"
}
# same WHAT A B: A and B give one .cf and one show
same() {
	n=$((n + 1))
	body a$n "$2"
	body b$n "$3"
	if ! cmp -s "$TMPDIR/a$n.cf" "$TMPDIR/b$n.cf"; then
		not_ok "$1: the real kit writes one .cf for both (case broken)"
		diff "$TMPDIR/a$n.cf" "$TMPDIR/b$n.cf" | head -5 | sed 's/^/# /'
	elif cmp -s "$TMPDIR/a$n.show" "$TMPDIR/b$n.show"; then
		ok "$1: one effective configuration"
	else
		not_ok "$1: one effective configuration"
		diff "$TMPDIR/a$n.show" "$TMPDIR/b$n.show" | sed 's/^/# /'
	fi
}
# differ WHAT A B: the kit's .cf and our show both differ
differ() {
	n=$((n + 1))
	body a$n "$2"
	body b$n "$3"
	if cmp -s "$TMPDIR/a$n.cf" "$TMPDIR/b$n.cf"; then
		not_ok "$1: the real kit writes two different .cf (case broken)"
	elif cmp -s "$TMPDIR/a$n.show" "$TMPDIR/b$n.show"; then
		not_ok "$1: shown as different configurations"
	else
		ok "$1: shown as different configurations"
	fi
}

same "virtusertable with its default map" \
    "FEATURE(\`virtusertable', \`hash /etc/mail/virtusertable')dnl" \
    "FEATURE(\`virtusertable')dnl"
differ "virtusertable with another map" \
    "FEATURE(\`virtusertable', \`hash /etc/mail/virtuser2')dnl" \
    "FEATURE(\`virtusertable')dnl"
same "access_db with its default map" \
    "FEATURE(\`access_db', \`hash -T<TMPF> /etc/mail/access')dnl" \
    "FEATURE(\`access_db')dnl"
same "the default follows DATABASE_MAP_TYPE and MAIL_SETTINGS_DIR" \
    "define(\`DATABASE_MAP_TYPE', \`btree')dnl
define(\`MAIL_SETTINGS_DIR', \`/opt/mail/')dnl
FEATURE(\`authinfo', \`btree /opt/mail/authinfo')dnl" \
    "define(\`DATABASE_MAP_TYPE', \`btree')dnl
define(\`MAIL_SETTINGS_DIR', \`/opt/mail/')dnl
FEATURE(\`authinfo')dnl"
differ "a hash map where the default is btree" \
    "define(\`DATABASE_MAP_TYPE', \`btree')dnl
FEATURE(\`mailertable', \`hash /etc/mail/mailertable')dnl" \
    "define(\`DATABASE_MAP_TYPE', \`btree')dnl
FEATURE(\`mailertable')dnl"
same "local_procmail with the default path (linux's), arguments and flags" \
    "FEATURE(\`local_procmail', \`/usr/bin/procmail', \`procmail -a \$h -d \$u', \`SPfhn9')dnl" \
    "FEATURE(\`local_procmail')dnl"
same "local_procmail: PROCMAIL_MAILER_PATH is the default path" \
    "define(\`PROCMAIL_MAILER_PATH', \`/usr/bin/procmail')dnl
FEATURE(\`local_procmail', \`/usr/bin/procmail')dnl" \
    "define(\`PROCMAIL_MAILER_PATH', \`/usr/bin/procmail')dnl
FEATURE(\`local_procmail')dnl"
differ "local_procmail with other flags" \
    "FEATURE(\`local_procmail', \`', \`', \`SPfhn')dnl" \
    "FEATURE(\`local_procmail')dnl"
same "smrsh with its default path (linux's confEBINDIR)" \
    "FEATURE(\`smrsh', \`/usr/sbin/smrsh')dnl" \
    "FEATURE(\`smrsh')dnl"
differ "smrsh elsewhere" \
    "FEATURE(\`smrsh', \`/usr/libexec/smrsh')dnl" \
    "FEATURE(\`smrsh')dnl"
same "msp: a second argument other than MSA changes nothing" \
    "FEATURE(\`msp', \`[127.0.0.1]', \`25')dnl" \
    "FEATURE(\`msp', \`[127.0.0.1]')dnl"
differ "msp: MSA sends to port 587" \
    "FEATURE(\`msp', \`[127.0.0.1]', \`MSA')dnl" \
    "FEATURE(\`msp', \`[127.0.0.1]')dnl"
same "a dnsbl message quoted twice is the message the kit takes" \
    "FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`bl.example', \`\`\"554 Rejected \" \$&{client_addr} \" listed at bl.example\"'')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`bl.example', \`\"554 Rejected \" \$&{client_addr} \" listed at bl.example\"')dnl"
differ "another dnsbl message" \
    "FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`bl.example', \`\"554 Rejected\"')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`bl.example', \`\"554 Refused\"')dnl"
same "delay_checks' second argument without blocklist_recipients" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`friend', \`n')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`friend')dnl"
differ "delay_checks' second argument with blocklist_recipients (written after it)" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`friend', \`n')dnl
FEATURE(\`blocklist_recipients')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`friend')dnl
FEATURE(\`blocklist_recipients')dnl"
same "nouucp reject under promiscuous_relay (written after it)" \
    "FEATURE(\`nouucp', \`reject')dnl
FEATURE(\`promiscuous_relay')dnl" \
    "FEATURE(\`nouucp', \`nospecial')dnl
FEATURE(\`promiscuous_relay')dnl"
differ "nouucp reject without promiscuous_relay" \
    "FEATURE(\`nouucp', \`reject')dnl" \
    "FEATURE(\`nouucp', \`nospecial')dnl"
same "an argument equal to its default before another one (Red Hat's local_procmail)" \
    "FEATURE(\`local_procmail', \`/usr/bin/procmail', \`procmail -t -Y -a \$h -d \$u')dnl" \
    "FEATURE(\`local_procmail', \`', \`procmail -t -Y -a \$h -d \$u')dnl"
same "an argument to a FEATURE that takes none (Red Hat's no_default_msa)" \
    "FEATURE(\`no_default_msa', \`dnl')dnl" \
    "FEATURE(\`no_default_msa')dnl"
same "milter macros without a mail filter" \
    "define(\`confMILTER_MACROS_CONNECT', \`j, {if_addr}')dnl" \
    "dnl"
differ "milter macros with a mail filter" \
    "INPUT_MAIL_FILTER(\`f1', \`S=local:/run/f1.sock')dnl
define(\`confMILTER_MACROS_CONNECT', \`j, {if_addr}')dnl" \
    "INPUT_MAIL_FILTER(\`f1', \`S=local:/run/f1.sock')dnl"
same "confCW_FILE without use_cw_file" \
    "define(\`confCW_FILE', \`/etc/mail/cw2')dnl" \
    "dnl"
differ "confCW_FILE with use_cw_file" \
    "define(\`confCW_FILE', \`/etc/mail/cw2')dnl
FEATURE(\`use_cw_file')dnl" \
    "FEATURE(\`use_cw_file')dnl"
same "an empty trailing argument" \
    "FEATURE(\`use_cw_file', \`')dnl" \
    "FEATURE(\`use_cw_file')dnl"
finish
