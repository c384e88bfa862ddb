#!/bin/sh
# inferred.sh -- what `mailcf migrate` reads back from traces that are
# not lines of their own, each checked against the REAL cf kit's output
# (../shared/oracle/mc2cf) and with a close variant that must not be
# taken for it:
#   - MAIL_SETTINGS_DIR (the HelpFile folder) and DATABASE_MAP_TYPE (two
#     or more FEATURE maps of one file type), but not a single btree map;
#   - FEATURE arguments shown by the rules (delay_checks friend,
#     conncontrol terminate, greet_pause's delay) and confRELAY_MAILER;
#   - FEATURE(dnsbl)/(enhdnsbl) arguments, one FEATURE per server;
#   - FEATURE(msp)'s Local_localaddr is the FEATURE's, unless a rule was
#     added to it by hand: then the ruleset is carried and reported.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"

# mig NAME MCTEXT: the .mc through the kit and migrate into $TMPDIR/NAME
mig() {
	w="$TMPDIR/$1"
	mkdir -p "$w"
	printf '%s\n' "$2" > "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2> x.err) ||
	    { not_ok "$1: the real kit compiles the case"; return 1; }
	"$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/x.cf" 2>/dev/null
}
# has NAME TEXT WHAT / lacks NAME TEXT WHAT: TEXT (fixed) in y.mc or not
has() {
	if grep -qF -- "$2" "$TMPDIR/$1/y.mc"; then ok "$1: $3"; else
		not_ok "$1: $3"; sed 's/^/# /' "$TMPDIR/$1/y.mc"; fi
}
lacks() {
	if grep -qF -- "$2" "$TMPDIR/$1/y.mc"; then not_ok "$1: $3"
		sed 's/^/# /' "$TMPDIR/$1/y.mc"; else ok "$1: $3"; fi
}

mig dirs "OSTYPE(\`linux')dnl
define(\`MAIL_SETTINGS_DIR', \`/opt/mail/')dnl
define(\`DATABASE_MAP_TYPE', \`btree')dnl
FEATURE(\`access_db')dnl
FEATURE(\`virtusertable')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has dirs "define(\`MAIL_SETTINGS_DIR', \`/opt/mail/')" "MAIL_SETTINGS_DIR from the HelpFile folder"
	has dirs "define(\`DATABASE_MAP_TYPE', \`btree')" "DATABASE_MAP_TYPE from two btree FEATURE maps"
	has dirs "FEATURE(\`virtusertable')dnl" "the FEATURE's map then needs no argument"
}
mig onebtree "OSTYPE(\`linux')dnl
FEATURE(\`access_db', \`btree -T<TMPF> -o /etc/mail/access')dnl
FEATURE(\`virtusertable')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	lacks onebtree "DATABASE_MAP_TYPE" "one btree map among hash maps is the FEATURE's argument"
	lacks onebtree "MAIL_SETTINGS_DIR" "the default folder is not written"
}
mig args "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`friend')dnl
FEATURE(\`conncontrol', \`', \`terminate')dnl
FEATURE(\`greet_pause', \`3000')dnl
define(\`confRELAY_MAILER', \`esmtp')dnl
FEATURE(\`bestmx_is_local', \`corp.example')dnl
FEATURE(\`relay_mail_from', \`domain')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has args "FEATURE(\`delay_checks', \`friend')" "delay_checks friend from its rules"
	has args "FEATURE(\`conncontrol', \`', \`terminate')" "conncontrol terminate from its 421 rule"
	has args "FEATURE(\`greet_pause', \`3000')" "greet_pause's delay from its last rule"
	has args "define(\`confRELAY_MAILER', \`esmtp')" "confRELAY_MAILER from the unqualified-name rule"
	has args "FEATURE(\`bestmx_is_local', \`corp.example')" "bestmx_is_local's domains from class B"
	has args "FEATURE(\`relay_mail_from', \`domain')" "relay_mail_from domain from its SearchList rule"
}
mig noargs "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`delay_checks')dnl
FEATURE(\`conncontrol')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has noargs "FEATURE(\`delay_checks')dnl" "delay_checks without an argument stays so"
	has noargs "FEATURE(\`conncontrol')dnl" "conncontrol without an argument stays so"
	lacks noargs "confRELAY_MAILER" "the default relay mailer is not written"
}
mig dnsbl "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`one.example', \`\"550 go away\"', \`t')dnl
FEATURE(\`dnsbl', \`two.example')dnl
FEATURE(\`enhdnsbl', \`three.example', \`', \`', \`127.0.0.2.')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has dnsbl "FEATURE(\`dnsbl', \`one.example', \`\"550 go away\"', \`t')" "dnsbl's message and t from its rules"
	has dnsbl "FEATURE(\`dnsbl', \`two.example')dnl" "a second FEATURE(dnsbl), with the kit's message"
	has dnsbl "FEATURE(\`enhdnsbl', \`three.example', \`', \`', \`127.0.0.2.')" "enhdnsbl's value"
	lacks dnsbl "LOCAL_RULESETS" "the DNSBL rules are the FEATUREs'"
}
mig msp "define(\`__OSTYPE__', \`')dnl
FEATURE(\`msp', \`[127.0.0.1]')dnl" &&
{
	lacks msp "Local_localaddr" "msp's Local_localaddr is the FEATURE's"
	# the same cf with a rule added by hand to Local_localaddr
	w="$TMPDIR/msp"
	awk '{ print } /^SLocal_localaddr/ { print "R$* < @ hand.example > $*\t$#local $: $1" }' \
	    "$w/x.cf" > "$w/edited.cf"
	"$MAILCF" migrate -o "$w/e.mc" --report "$w/erep" "$w/edited.cf" 2>/dev/null
	if grep -q 'hand.example' "$w/e.mc" && grep -q 'Local_localaddr' "$w/erep"; then
		ok "msp: a hand-added Local_localaddr rule is carried and reported"
	else
		not_ok "msp: a hand-added Local_localaddr rule is carried and reported"
		sed 's/^/# /' "$w/e.mc" "$w/erep" | head -20
	fi
}
finish
