#!/bin/sh
# dnsbl.sh -- DNS lists through an injected resolver (--dns), the part of
# the behaviour the oracle's sandbox cannot show (it has no DNS).  The
# expected answers follow the documented behaviour of FEATURE(dnsbl) and
# FEATURE(enhdnsbl) (reference/features.md): a listing rejects with
# "550 Rejected: IP listed at ZONE" (5.7.1) or quarantines with the zone
# as reason; enhdnsbl counts only the given answers; a temporary failure
# is ignored unless the third argument is `t' (451, 4.4.3); an access
# Connect: OK entry skips the lists.
. "$top_srcdir/tests/lib.sh"
need_oracle

"$ORACLE/mc2cf" "$top_srcdir/tests/runtime/mc/dnsbl.mc" > "$TMPDIR/dnsbl.cf" 2>/dev/null ||
	skip_all "mc2cf failed"
m="$TMPDIR/maps"
mkdir -p "$m"
printf 'corp.example\n' > "$m/local-host-names"
printf '192.0.2.1\tcorp.example\n' > "$m/hosts"
printf 'Connect:192.0.2.50\tOK\n' > "$m/access"
cat > "$TMPDIR/dns" <<'DNS'
9.2.0.192.bl.example	127.0.0.2
50.2.0.192.bl.example	127.0.0.2
7.100.51.198.ebl.example	127.0.0.3
8.100.51.198.ebl.example	127.0.0.2
9.9.9.10.q.example	127.0.0.2
10.9.9.10.tbl.example	TEMP
11.9.9.10.bl.example	TEMP
DNS
cat > "$TMPDIR/in" <<'IN'
192.0.2.9 mx.example.net a@corp.example b@corp.example
198.51.100.7 mx.example.net a@corp.example b@corp.example
198.51.100.8 mx.example.net a@corp.example b@corp.example
10.9.9.9 mx.example.net a@corp.example b@corp.example
10.9.9.10 mx.example.net a@corp.example b@corp.example
10.9.9.11 mx.example.net a@corp.example b@corp.example
192.0.2.50 mx.example.net a@corp.example b@corp.example
IN
cat > "$TMPDIR/want" <<'WANT'
192.0.2.9 mx.example.net a@corp.example b@corp.example	reject 550 5.7.1 Rejected: 192.0.2.9 listed at bl.example
198.51.100.7 mx.example.net a@corp.example b@corp.example	accept
198.51.100.8 mx.example.net a@corp.example b@corp.example	reject 550 5.7.1 Rejected: 198.51.100.8 listed at ebl.example
10.9.9.9 mx.example.net a@corp.example b@corp.example	quarantine q.example
10.9.9.10 mx.example.net a@corp.example b@corp.example	tempfail 451 4.4.3 Temporary lookup failure of 10.9.9.10 at tbl.example
10.9.9.11 mx.example.net a@corp.example b@corp.example	accept
192.0.2.50 mx.example.net a@corp.example b@corp.example	accept
WANT
"$MAILCF" test -C "$TMPDIR/dnsbl.cf" --hostname mx.oracle.test --hosts "$m/hosts" \
    --mapdir "$m" --dns "$TMPDIR/dns" check < "$TMPDIR/in" > "$TMPDIR/got" 2>&1
n=1
while IFS= read -r want; do
	got=$(sed -n "${n}p" "$TMPDIR/got")
	check_eq "$got" "$want" "dnsbl case $n: $(printf '%s' "$want" | cut -f2)"
	n=$((n + 1))
done < "$TMPDIR/want"
"$MAILCF" test -C "$TMPDIR/dnsbl.cf" --hostname mx.oracle.test --hosts "$m/hosts" \
    --mapdir "$m" --dns "$TMPDIR/dns" --explain check < "$TMPDIR/in" > "$TMPDIR/explain.out" 2>&1
grep -q 'dnsbl (.*dnsbl.cf:[0-9]*): 9.2.0.192.bl.example. -> 127.0.0.2' "$TMPDIR/explain.out" &&
    ok "--explain names the list, its cf line and the answer" ||
    { not_ok "--explain names the list, its cf line and the answer"; diag "$(head -20 "$TMPDIR/explain.out")"; }
finish
