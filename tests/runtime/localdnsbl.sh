#!/bin/sh
# localdnsbl.sh -- LOCAL_DNSBL rules run where the cf kit splices them:
# in Basic_check_relay, after the access map's Connect: lookup and the
# DNS lists, before require_rdns.  Differential: real sendmail (the
# oracle, on the real kit's .cf) against `mailcf test check` on the .mc
# and on the built table.  (A legacy .cf's Basic_check_relay mixes the
# kit's rules with the local ones; mailcf does not run it: see BUGS in
# mailcf-test(8).)
. "$top_srcdir/tests/lib.sh"
need_oracle

d="$TMPDIR/ld"
mkdir -p "$d"
cp "$top_srcdir"/tests/runtime/localdnsbl/* "$d/"
if ! "$ORACLE/mc2cf" "$d/localdnsbl.mc" > "$d/real.cf" 2>"$d/m4.err"; then
	not_ok "mc2cf localdnsbl.mc"
	diag "$(cat "$d/m4.err")"
	finish
fi
"$ORACLE/check" "$d/real.cf" "$d" < "$d/checks.txt" > "$d/check.want" \
    2>"$d/oracle.err" || not_ok "oracle check"

# the answers must show the local rules at work, or the test proves nothing
grep -q '^192.0.2.65 .*reject 550 5.7.1 blocked by the local list$' "$d/check.want" &&
    grep -q '^192.0.2.77 .*tempfail 451 4.7.1 try again later$' "$d/check.want" &&
    grep -q '^198.51.100.4 .*discard$' "$d/check.want" &&
    grep -q '^192.0.2.66 .*accept$' "$d/check.want" &&
    ok "real sendmail runs the LOCAL_DNSBL rules after the access map" ||
    not_ok "real sendmail runs the LOCAL_DNSBL rules after the access map"

if "$MAILCF" build -o "$d/localdnsbl.cft" "$d/localdnsbl.mc" 2>"$d/build.err"; then
	ok "mailcf build localdnsbl.mc"
else
	not_ok "mailcf build localdnsbl.mc"
	diag "$(cat "$d/build.err")"
fi
for c in localdnsbl.mc localdnsbl.cft; do
	[ -f "$d/$c" ] || continue
	"$MAILCF" test -C "$d/$c" --hostname mx.oracle.test --hosts "$d/hosts" \
	    --mapdir "$d" check < "$d/checks.txt" > "$d/check.$c" 2>&1
	check_files "$d/check.$c" "$d/check.want" \
	    "$c: check (LOCAL_DNSBL) agrees with real sendmail"
done
finish
