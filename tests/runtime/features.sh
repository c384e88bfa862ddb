#!/bin/sh
# features.sh -- FEATURE(require_rdns), block_bad_helo, ratecontrol,
# conncontrol, relay_based_on_MX and badmx against real sendmail.  Three
# configurations (tests/runtime/features/*.mc): without delay_checks
# (block_bad_helo then ends Relay_ok and only changes why a relay is
# refused), with delay_checks (block_bad_helo ends check_rcpt; ratecontrol
# `nodelay' runs at connection), and with the two MX features.  In the
# oracle {client_rate} and {client_connections} are unset (a limit below 0
# is exceeded, any other is not) and there is no DNS, so no MX: what the
# counts and MX records change is in features_dns.sh.
. "$top_srcdir/tests/lib.sh"
need_oracle

src="$top_srcdir/tests/runtime/features"
d="$TMPDIR/f"
mkdir -p "$d"
cp "$src"/* "$d/"
for name in rdns delay mx; do
	if ! "$ORACLE/mc2cf" "$d/$name.mc" > "$d/$name.cf" 2>"$d/m4.err"; then
		not_ok "mc2cf $name.mc"
		diag "$(cat "$d/m4.err")"
		continue
	fi
	for f in checks mx; do
		"$ORACLE/check" "$d/$name.cf" "$d" < "$d/$f.txt" > "$d/$name.$f.want" \
		    2>"$d/oracle.err" || { not_ok "oracle check $name $f"; continue; }
		for c in "$name.cf" "$name.mc"; do
			"$MAILCF" test -C "$d/$c" --hostname mx.oracle.test --hosts "$d/hosts" \
			    --mapdir "$d" check < "$d/$f.txt" > "$d/$c.$f.got" 2>&1
			check_files "$d/$c.$f.got" "$d/$name.$f.want" \
			    "$c: $f.txt ($(wc -l < "$d/$f.txt") cases) agrees with real sendmail"
		done
	done
done

# the answers must show the features at work, or the test proves nothing
w="$d/rdns.checks.want"
grep -q 'reject 550 5.7.1 Fix reverse DNS for 10.1.2.3$' "$w" &&
    grep -q 'tempfail 451 4.1.8 Client IP address 10.1.2.3 does not resolve$' "$w" &&
    grep -q 'tempfail 451 4.1.8 Possibly forged hostname for 10.1.2.3$' "$w" &&
    grep -q 'tempfail 452 4.3.2 Connection rate limit exceeded.$' "$w" &&
    grep -q '^10.1.2.9 h9 a@ok.example b@far.example	reject 550 5.7.1 bogus HELO name used: h9$' "$w" &&
    grep -q '^10.1.2.9 h9 a@ok.example b@ok.example	accept$' "$w" &&
    ok "real sendmail: require_rdns, ratecontrol and block_bad_helo decide (no delay_checks)" ||
    not_ok "real sendmail: require_rdns, ratecontrol and block_bad_helo decide (no delay_checks)"
w="$d/delay.checks.want"
grep -q '^10.1.2.9 h9 a@ok.example b@ok.example	reject 550 5.7.1 bogus HELO name used: h9$' "$w" &&
    grep -q 'tempfail 421 4.3.2 Connection rate limit exceeded.$' "$w" &&
    grep -q 'tempfail 452 4.3.2 Too many open connections.$' "$w" &&
    ok "real sendmail: block_bad_helo, ratecontrol terminate and conncontrol (delay_checks)" ||
    not_ok "real sendmail: block_bad_helo, ratecontrol terminate and conncontrol (delay_checks)"
finish
