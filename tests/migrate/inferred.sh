#!/bin/sh
# inferred.sh -- what `mailcf migrate` reads back from traces that are
# not lines of their own, each checked against the REAL cf kit's output
# (../shared/oracle/mc2cf) and with a close variant that must not be
# taken for it:
#   - MAIL_SETTINGS_DIR (the HelpFile folder) and DATABASE_MAP_TYPE (two
#     or more FEATURE maps of one file type), but not a single btree map;
#   - FEATURE arguments shown by the rules (delay_checks friend,
#     conncontrol terminate, greet_pause's delay) and confRELAY_MAILER;
#   - FEATURE(dnsbl)/(enhdnsbl)/(rhsbl) arguments (messages, actions,
#     values), one FEATURE per server;
#   - access_db's spec without -T<TMPF>, lookupdotdomain and
#     relaytofulladdress; delay_checks' `n'; confREJECT_MSG;
#   - the FEATUREs that write no $Id trace (bcc, sts, prefixmod, drac,
#     domainmap, vnet) and HACK(xconnect), with their arguments;
#   - always_add_domain's domain, ldap_routing's arguments and classes,
#     HACK(spamtrap) (no trace) and HACK(dnsblaccess)'s arguments;
#   - SITECONFIG's _CLASS_x_ switches (the site file is not in the .cf);
#   - where the .mc wrote local text: LOCAL_DNSBL rules after the DNSBL
#     blocks (even equal to a block's), an option or a Cw line in LOCAL_CONFIG,
#     LOCAL_RULE_1/2, LOCAL_SRV_FEATURES, S name=NN;
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
mig hostsonly "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`relay_hosts_only')dnl
FEATURE(\`relay_mail_from', \`domain')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has hostsonly "FEATURE(\`relay_mail_from', \`domain')" "relay_mail_from domain under relay_hosts_only (an E: lookup)"
	lacks hostsonly "LOCAL_RULESETS" "no rule is carried"
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
mig accplain "OSTYPE(\`linux')dnl
FEATURE(\`access_db', \`hash -o /etc/mail/access', \`lookupdotdomain', \`relaytofulladdress')dnl
FEATURE(\`blocklist_recipients')dnl
FEATURE(\`delay_checks', \`friend', \`n')dnl
FEATURE(\`greet_pause', \`2500')dnl
define(\`confREJECT_MSG', \`\"550 Go away\"')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has accplain "FEATURE(\`access_db', \`hash -o /etc/mail/access', \`lookupdotdomain', \`relaytofulladdress')" "access_db's spec without -T<TMPF> and its lookupdotdomain, relaytofulladdress"
	has accplain "FEATURE(\`delay_checks', \`friend', \`n')" "delay_checks' second argument from the missing SpamTag rule"
	has accplain "FEATURE(\`greet_pause', \`2500')" "greet_pause's delay next to access_db and delay_checks"
	has accplain "define(\`confREJECT_MSG', \`\"550 Go away\"')" "confREJECT_MSG from the REJECT rules"
	lacks accplain "LOCAL_RULESETS" "no rule is carried"
}
mig accdot "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`lookupdotdomain')dnl
FEATURE(\`blocklist_recipients')dnl
FEATURE(\`delay_checks', \`friend')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has accdot "FEATURE(\`access_db')dnl" "FEATURE(lookupdotdomain) is not taken for access_db's argument"
	has accdot "FEATURE(\`lookupdotdomain')dnl" "FEATURE(lookupdotdomain) stays"
	has accdot "FEATURE(\`delay_checks', \`friend')dnl" "delay_checks with the 8.10 compatibility has no second argument"
	lacks accdot "confREJECT_MSG" "the default REJECT message is not written"
}
mig untraced "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`bcc', \`access', \`archive.example', \`', \`hash -T<TMPF> /etc/mail/canonrcpt')dnl
FEATURE(\`sts', \`', \`NO_SAN_TST')dnl
FEATURE(\`prefixmod', \`+', \`P')dnl
FEATURE(\`drac', \`hash -o /etc/mail/dracd')dnl
FEATURE(\`domainmap', \`sub.example', \`hash -o /etc/mail/sub-map')dnl
FEATURE(\`domainmap', \`other-dom.example', \`hash -o /etc/mail/other')dnl
FEATURE(\`vnet')dnl
HACK(\`xconnect')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has untraced "FEATURE(\`bcc', \`access', \`archive.example', \`', \`hash -T<TMPF> /etc/mail/canonrcpt')" "bcc (no trace): access, its host and canonical map"
	has untraced "FEATURE(\`sts', \`', \`NO_SAN_TST')" "sts (no trace): NO_SAN_TST"
	has untraced "FEATURE(\`prefixmod', \`+', \`P')" "prefixmod (no trace): prefix and flags"
	has untraced "FEATURE(\`drac', \`hash -o /etc/mail/dracd')" "drac (no trace) with its map"
	has untraced "FEATURE(\`domainmap', \`sub.example', \`hash -o /etc/mail/sub-map')" "domainmap (no trace), first domain"
	has untraced "FEATURE(\`domainmap', \`other-dom.example', \`hash -o /etc/mail/other')" "domainmap, second domain"
	has untraced "FEATURE(\`vnet')" "vnet (no trace)"
	has untraced "HACK(\`xconnect')" "HACK(xconnect) (no trace)"
	lacks untraced "LOCAL_RULESETS" "their rules are the FEATUREs'"
	lacks untraced "LOCAL_CONFIG" "their declarations are the FEATUREs'"
}
mig untraced2 "OSTYPE(\`linux')dnl
FEATURE(\`bcc')dnl
FEATURE(\`sts')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has untraced2 "FEATURE(\`bcc')dnl" "bcc with its default map has no argument"
	has untraced2 "FEATURE(\`sts')dnl" "sts with SetCertAltnames has no argument"
	lacks untraced2 "prefixmod" "no prefixmod without its rule"
	lacks untraced2 "domainmap" "no domainmap without a mapped domain"
}
mig sections "OSTYPE(\`linux')dnl
define(\`confMAX_HOP', \`30')dnl
LOCAL_CONFIG
O MaxRecipientsPerMessage=77
MAILER(\`local')dnl
MAILER(\`smtp')dnl
LOCAL_RULE_1
R\$* < @ old.example . > \$*	\$: \$1 < @ new.example . > \$2
LOCAL_RULE_2
R\$* < @ rcpt.example . > \$*	\$: \$1 < @ new.example . > \$2
LOCAL_SRV_FEATURES
R\$*	\$# A
LOCAL_RULESETS
SMine=77
R\$*	\$@ \$1" &&
{
	has sections "define(\`confMAX_HOP', \`30')" "an option set by its variable comes back as the define"
	has sections "LOCAL_CONFIG
O MaxRecipientsPerMessage=77" "an option written in LOCAL_CONFIG stays there"
	lacks sections "confMAX_RCPTS_PER_MESSAGE" "and is not turned into its variable"
	has sections "LOCAL_RULE_1
R\$* < @ old.example . > \$*" "ruleset 1's rules come back as LOCAL_RULE_1"
	has sections "LOCAL_RULE_2
R\$* < @ rcpt.example . > \$*" "ruleset 2's rules come back as LOCAL_RULE_2"
	has sections "LOCAL_SRV_FEATURES
R\$*	\$# A" "the hook srv_features calls comes back as LOCAL_SRV_FEATURES"
	has sections "SMine=77" "a ruleset keeps the number the .mc gave it"
	lacks sections "Ssender" "nothing under the name sender"
}
mig dnsbl2 "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`bl.example')dnl
FEATURE(\`enhdnsbl', \`ebl.example', \`quarantine', \`', \`127.0.0.2.')dnl
FEATURE(\`dnsbl', \`d.example', \`discard')dnl
FEATURE(\`rhsbl', \`rhs.example')dnl
FEATURE(\`rhsbl', \`rhs2.example', \`\"550 no\"')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has dnsbl2 "FEATURE(\`dnsbl', \`bl.example')dnl" "a server whose name ends another's (bl.example, ebl.example)"
	has dnsbl2 "FEATURE(\`enhdnsbl', \`ebl.example', \`quarantine', \`', \`127.0.0.2.')" "enhdnsbl's quarantine action with a value"
	has dnsbl2 "FEATURE(\`dnsbl', \`d.example', \`discard')" "dnsbl's discard action"
	has dnsbl2 "FEATURE(\`rhsbl', \`rhs.example')dnl" "rhsbl's server from its lookup rule"
	has dnsbl2 "FEATURE(\`rhsbl', \`rhs2.example', \`\"550 no\"')" "a second rhsbl with its message"
	lacks dnsbl2 "LOCAL_RULESETS" "the DNSBL rules are the FEATUREs'"
}
mig more "OSTYPE(\`linux')dnl
define(\`confLDAP_DEFAULT_SPEC', \`-h ldap.example')dnl
FEATURE(\`access_db')dnl
FEATURE(\`always_add_domain', \`corp.example')dnl
FEATURE(\`ldap_routing', \`', \`', \`bounce', \`strip', \`', \`tempfail')dnl
LDAPROUTE_DOMAIN(\`example.com')dnl
LDAPROUTE_EQUIVALENT(\`mx.example.com')dnl
HACK(\`spamtrap')dnl
HACK(\`dnsblaccess', \`dnsbl.example', \`', \`t')dnl
LOCAL_DOMAIN(\`alias.example')dnl
LOCAL_CONFIG
Cwextra.example
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has more "FEATURE(\`always_add_domain', \`corp.example')" "always_add_domain's domain from AddDomain"
	has more "FEATURE(\`ldap_routing', \`', \`', \`bounce', \`strip', \`', \`tempfail')" "ldap_routing's arguments from LDAPExpand"
	has more "LDAPROUTE_DOMAIN(\`example.com')" "class LDAPRoute is LDAPROUTE_DOMAIN"
	has more "LDAPROUTE_EQUIVALENT(\`mx.example.com')" "class LDAPRouteEquiv is LDAPROUTE_EQUIVALENT"
	has more "HACK(\`spamtrap')" "HACK(spamtrap) (no trace) from its To header check"
	has more "HACK(\`dnsblaccess', \`dnsbl.example', \`', \`t')" "HACK(dnsblaccess)'s server and t"
	has more "LOCAL_DOMAIN(\`alias.example')" "a LOCAL_DOMAIN stays one"
	has more "LOCAL_CONFIG
Cwextra.example" "a Cw line written in LOCAL_CONFIG stays there"
	lacks more "LOCAL_RULESETS" "no rule is carried"
}
mig more2 "OSTYPE(\`linux')dnl
FEATURE(\`always_add_domain')dnl
FEATURE(\`ldap_routing')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl" &&
{
	has more2 "FEATURE(\`always_add_domain')dnl" "always_add_domain without a domain stays so"
	has more2 "FEATURE(\`ldap_routing')dnl" "ldap_routing with the kit's defaults has no arguments"
	lacks more2 "HACK" "no HACK without its rules"
}
mig ldnsbl "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
FEATURE(\`dnsbl', \`bl.example')dnl
FEATURE(\`mtamark')dnl
FEATURE(\`rhsbl', \`rhs.example')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
LOCAL_DNSBL
R\$*	\$: \$&{client_addr}
R<?>OK	\$: OKSOFAR" &&
{
	has ldnsbl "LOCAL_DNSBL
R\$*	\$: \$&{client_addr}
R<?>OK	\$: OKSOFAR" "LOCAL_DNSBL rules equal to a DNSBL block's stay the .mc's"
	has ldnsbl "FEATURE(\`mtamark')" "mtamark's rules are its own block"
	lacks ldnsbl "LOCAL_RULESETS" "nothing else is carried"
}
mig site "OSTYPE(\`linux')dnl
SITECONFIG(\`uucp.ucbvax', \`ucbvax', \`U')dnl
SITECONFIG(\`uucp.ucbarpa', \`ucbarpa', \`W')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
MAILER(\`uucp')dnl" &&
{
	has site "define(\`_CLASS_U_', \`')dnl" "SITECONFIG's class U switch from canonify's UUCP rule"
	has site "define(\`_CLASS_W_', \`')dnl" "and class W's"
	lacks site "_CLASS_X_" "no switch for a class without its rule"
	lacks site "LOCAL_RULE_3" "the UUCP rules are the kit's"
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
