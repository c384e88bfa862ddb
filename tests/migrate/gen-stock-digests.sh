#!/bin/sh
# gen-stock-digests.sh -- regenerate compiler/lintstock.c: the digests of
# the rules the REAL cf kit (../shared/oracle/mc2cf) writes in its stock
# rulesets, over many FEATURE, OSTYPE, DOMAIN, MAILER and variable
# combinations.  Only 64-bit digests are kept (`mailcf migrate
# --stock-digests` prints them), never sendmail's rule text.
# Development time only:  tests/migrate/gen-stock-digests.sh > compiler/lintstock.c
# (run from the top of the tree after make; needs the oracle).
set -e
top=$(pwd)
ORACLE=${ORACLE:-$top/../shared/oracle}
[ -x "$ORACLE/mc2cf" ] || { echo "no oracle at $ORACLE" >&2; exit 1; }
kit=$("$ORACLE/setup" 2>/dev/null | tail -1)/root/usr/share/sendmail/cf
[ -d "$kit/feature" ] || kit=$HOME/.cache/sendmail-oracle/root/usr/share/sendmail/cf
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
n=0
one() {		# one MCTEXT: its digests into $w/all
	n=$((n + 1))
	printf '%s\n' "$1" > "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null) || true
	"$top/mailcf" migrate --stock-digests "$w/x.cf" 2>/dev/null |
	    grep -v 'generator . invalid' | cut -f1 >> "$w/all"
}
: > "$w/all"
# a feature's arguments for the generator (placeholders)
fargs() {
	case $1 in
	dnsbl|enhdnsbl|rhsbl) echo ", \`dnsbl.invalid'" ;;
	nouucp|nopercenthack) echo ", \`$2'" ;;
	nullclient|msp) echo ", \`hub.invalid'" ;;
	domainmap) echo ", \`dom.invalid'" ;;
	*) [ -n "$2" ] && echo ", \`$2'" ;;
	esac
}
# the argument variants tried for a feature ("-" is none)
variants() {
	case $1 in
	nouucp|nopercenthack) echo "reject nospecial" ;;
	conncontrol|ratecontrol) echo "- nodelay nodelay',~\`terminate ',~\`terminate" ;;
	bestmx_is_local) echo "- bestmx.invalid" ;;
	always_add_domain) echo "- add.invalid" ;;
	relay_mail_from) echo "- domain" ;;
	sts) echo "- ',~\`NO_SAN_TST" ;;
	prefixmod) echo "- +',~\`P" ;;
	delay_checks) echo "- friend hater friend',~\`n hater',~\`n" ;;
	greet_pause) echo "- 5000" ;;
	bcc) echo "- access access',~\`a.invalid',~\`x@invalid',~\`hash~/etc/mail/canonrcpt" ;;
	access_db) echo "- ',~\`skip ',~\`lookupdotdomain ',~\`relaytofulladdress" ;;
	queuegroup) echo "- qgrp" ;;
	ldap_routing) echo "- ',~\`',~\`bounce',~\`strip',~\`',~\`tempfail ',~\`',~\`passthru" ;;
	*) echo "-" ;;
	esac
}
mailers="MAILER(\`local')dnl
MAILER(\`smtp')dnl"
vars="define(\`LUSER_RELAY', \`local:luser')dnl
define(\`MAIL_HUB', \`hub.invalid')dnl
define(\`SMART_HOST', \`smart.invalid')dnl
define(\`LOCAL_RELAY', \`relay.invalid')dnl
MASQUERADE_AS(\`masq.invalid')dnl
define(\`confAUTH_MECHANISMS', \`PLAIN LOGIN')dnl
TRUST_AUTH_MECH(\`PLAIN LOGIN')dnl
define(\`confCACERT', \`/etc/ssl/ca.pem')dnl
define(\`confSERVER_CERT', \`/etc/ssl/cert.pem')dnl
define(\`confSERVER_KEY', \`/etc/ssl/key.pem')dnl
define(\`_FFR_TLS_1', \`1')dnl
define(\`_NO_CANONIFY_', \`1')dnl"
vars2="GENERICS_DOMAIN(\`g.invalid')dnl
VIRTUSER_DOMAIN(\`v.invalid')dnl
define(\`confSMTP_MAILER', \`smtp8')dnl
define(\`DECNET_RELAY', \`d.invalid')dnl
define(\`FAX_RELAY', \`f.invalid')dnl
define(\`UUCP_RELAY', \`u.invalid')dnl
define(\`BITNET_RELAY', \`b.invalid')dnl
define(\`_CERT_REGEX_ISSUER_', \`-s1 x')dnl
define(\`_CERT_REGEX_SUBJECT_', \`-s1 x')dnl
define(\`_NETINET6_')dnl
LDAPROUTE_DOMAIN(\`l.invalid')dnl
MASQUERADE_DOMAIN(\`m.invalid')dnl
FEATURE(\`genericstable')dnl
FEATURE(\`virtusertable')dnl
FEATURE(\`mailertable')dnl"
vars3="define(\`confSMTP_MAILER', \`smtp')dnl
define(\`confRELAY_MAILER', \`esmtp')dnl
FEATURE(\`ldap_routing')dnl"
for base in "" "FEATURE(\`access_db')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`friend')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`delay_checks', \`hater')dnl" \
    "FEATURE(\`access_db')dnl
FEATURE(\`relay_hosts_only')dnl"; do
	for v in "" "$vars" "$vars2" "$vars3"; do
		for f in $(ls "$kit/feature" | sed 's/\.m4$//'); do
			for a in $(variants $f); do
				[ "$a" = - ] && a=
				a=$(echo "$a" | tr '~' ' ')
				case $f in
				nullclient|msp)
					one "OSTYPE(\`linux')dnl
$v
$base
FEATURE(\`$f'$(fargs $f "$a"))dnl" ;;
				*)
					one "OSTYPE(\`linux')dnl
$v
$base
FEATURE(\`$f'$(fargs $f "$a"))dnl
$mailers" ;;
				esac
			done
		done
	done
done
for o in $(ls "$kit/ostype" | sed 's/\.m4$//'); do
	one "OSTYPE(\`$o')dnl
$mailers"
done
for d in $(ls "$kit/domain" | sed 's/\.m4$//'); do
	one "OSTYPE(\`linux')dnl
DOMAIN(\`$d')dnl
$mailers"
done
allm=""
for m in $(ls "$kit/mailer" | sed 's/\.m4$//'); do
	allm="$allm
MAILER(\`$m')dnl"
done
one "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
$allm"
one "OSTYPE(\`linux')dnl
$vars
FEATURE(\`access_db')dnl
FEATURE(\`delay_checks')dnl
FEATURE(\`nouucp', \`reject')dnl
$allm"
# without MAILER(smtp) the relay mailer is "unknown": rules of their own
for m in "" "MAILER(\`uucp')dnl"; do
	for v in "" "$vars"; do
		one "OSTYPE(\`linux')dnl
$v
MAILER(\`local')dnl
$m"
	done
done
# dnsbl/enhdnsbl/rhsbl with a message, an action, `t' and values (migrate
# reads them back and stock_text writes MSG and VALUE for them)
for f in dnsbl enhdnsbl rhsbl; do
	for x in "',~\`',~\`t" "',~\`\"550~x\"',~\`t',~\`127.0.0.2." \
	    "',~\`',~\`',~\`127.0.0.2.',~\`127.0.0.3." "',~\`quarantine" \
	    "',~\`discard" "',~\`quarantine',~\`',~\`127.0.0.2." \
	    "',~\`discard',~\`t',~\`127.0.0.2."; do
		x=$(echo "$x" | tr '~' ' ')
		for b in "" "FEATURE(\`delay_checks')dnl"; do
			one "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
$b
FEATURE(\`$f', \`dnsbl.invalid$x')dnl
$mailers"
		done
	done
done
# each HACK of the kit; confREJECT_MSG (stock_text writes REJECT_MSG)
for h in $(ls "$kit/hack" | sed 's/\.m4$//'); do
	one "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
HACK(\`$h')dnl
$mailers"
done
for a in "\`dnsbl.invalid'" "\`dnsbl.invalid', \`', \`t'" \
    "\`dnsbl.invalid', \`', \`t', \`tag.invalid'"; do
	one "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
HACK(\`dnsblaccess', $a)dnl
$mailers"
done
for b in "" "FEATURE(\`delay_checks')dnl"; do
	one "OSTYPE(\`linux')dnl
define(\`confREJECT_MSG', \`\"550 x\"')dnl
FEATURE(\`access_db')dnl
$b
$mailers"
done
# the hook sections: the stock ruleset then calls the hook (the
# generator's own rule in it is left out)
for sect in SRV_FEATURES CLT_FEATURES TRY_TLS TLS_RCPT TLS_CLIENT TLS_SERVER; do
	one "OSTYPE(\`linux')dnl
FEATURE(\`access_db')dnl
$mailers
LOCAL_$sect
R\$*	\$@ generator.invalid"
done
# SITECONFIG's switches _CLASS_U_ ... _CLASS_Y_ (migrate defines them)
for l in U V W X Y; do
	for m in "" "MAILER(\`uucp')dnl"; do
		one "OSTYPE(\`linux')dnl
define(\`_CLASS_${l}_', \`')dnl
$mailers
$m"
	done
done
# Debian's stock sendmail.mc: OSTYPE(debian), DOMAIN(debian-mta), with
# access_db's skip, greet_pause and delay_checks without 8.10 compatibility
for dc in "" "\`friend'" "\`friend', \`n'" "\`hater', \`n'"; do
	for s in "" ", \`skip'"; do
		one "OSTYPE(\`debian')dnl
DOMAIN(\`debian-mta')dnl
FEATURE(\`access_db', \`'$s)dnl
FEATURE(\`greet_pause', \`1000')dnl
${dc:+FEATURE(\`delay_checks', $dc)dnl}
FEATURE(\`conncontrol', \`nodelay', \`terminate')dnl
FEATURE(\`ratecontrol', \`nodelay', \`terminate')dnl
$mailers"
	done
done
# FEATURE(msp) fills Local_localaddr; with the DECnet syntax it has one
# more rule there
for d in "" "define(\`_USE_DECNET_SYNTAX_', \`1')dnl"; do
	one "define(\`__OSTYPE__', \`')dnl
$d
FEATURE(\`msp', \`[127.0.0.1]')dnl"
done
echo "gen-stock-digests: $n configurations, $(sort -u "$w/all" | wc -l) digests" >&2
cat <<HEAD
/*
 * lintstock.c -- GENERATED by tests/migrate/gen-stock-digests.sh from the
 * output of the real sendmail cf kit over $n configurations; do not edit.
 * 64-bit FNV-1a digests of "RULESET<TAB>LHS<TAB>RHS" (migrate.c,
 * stock_text()) of every rule it writes in a stock ruleset (and in a
 * Local_ hook a FEATURE fills, such as msp's Local_localaddr), sorted.
 */
#include <stddef.h>

#include "compiler/lintint.h"

const unsigned long long lint_stock_digests[] = {
HEAD
LC_ALL=C sort -u "$w/all" | awk '{ printf "\t0x%sULL,\n", $1 }'
cat <<TAIL
};
const size_t lint_stock_ndigests =
    sizeof(lint_stock_digests) / sizeof(lint_stock_digests[0]);
TAIL
