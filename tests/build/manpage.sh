#!/bin/sh
# manpage.sh -- docs/mailcf-mc.5 lists every name the templates know
# (FEATURE, OSTYPE, DOMAIN, MAILER, HACK names of cf-templates/lib/
# names.m4, the top-level macros of lib/main.m4, the conf* variables of
# lib/known.m4), and mailcf(8) documents build and show.
. "$top_srcdir/tests/lib.sh"
T="$top_srcdir/cf-templates"
page="$top_srcdir/docs/mailcf-mc.5"
for kind in feature ostype domain mailer hack; do
	missing=$(sed -n "s/^define(\`_mc_names_$kind', \`\(.*\)')\$/\1/p" "$T/lib/names.m4" |
	    tr -d '`' | tr "'" ' ' | tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -v '^$' |
	    while read -r n; do grep -qF -- "$n" "$page" || echo "$n"; done)
	check_eq "$missing" "" "every $kind name is in mailcf-mc(5)"
done
missing=$(grep -o "^define(\`[A-Z][A-Z0-9_]*'" "$T/lib/main.m4" | sed "s/define(\`//; s/'//" |
    sort -u | while read -r n; do grep -qx ".It Ic $n" "$page" || echo "$n"; done)
check_eq "$missing" "" "every top-level macro is in mailcf-mc(5)"
missing=$(sed -n "s/^define(\`_mc_known_\([A-Za-z0-9_]*\)')\$/\1/p" "$T/lib/known.m4" |
    while read -r v; do grep -qx ".It Li $v" "$page" || echo "$v"; done)
check_eq "$missing" "" "every conf variable is in mailcf-mc(5)"
for cmd in build show; do
	grep -q "^\.It Cm $cmd " "$top_srcdir/docs/mailcf.8" &&
	    ok "mailcf(8) documents $cmd" || not_ok "mailcf(8) documents $cmd"
done
"$MAILCF" --help | grep -q '^  build ' && ok "mailcf --help lists build" ||
    not_ok "mailcf --help lists build"
"$MAILCF" show 2>&1 | grep -q 'show FILE.cft' && ok "show's usage names FILE.cft" ||
    not_ok "show's usage names FILE.cft"
if command -v man >/dev/null 2>&1; then
	out=$(man -l "$page" 2>&1 >/dev/null | grep -v '^$')
	check_eq "$out" "" "man renders mailcf-mc(5) without a complaint"
else
	skip "man is not installed"
fi
finish
