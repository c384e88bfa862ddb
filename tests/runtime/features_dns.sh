#!/bin/sh
# features_dns.sh -- what the oracle cannot show: ratecontrol/conncontrol
# with counts (--client-rate, --client-connections) and badmx /
# relay_based_on_MX with MX records from an injected resolver (--dns
# "MX:DOMAIN H1:H2" lines).  The expected answers are written from the
# cf kit's rules (proto.m4: RateControl, ConnControl, BadMX, Rcpt_ok):
#  - the limit is ClientRate:/ClientConn: for the client address (IP
#    prefix walk), else the "ClientRate:" default; 0 = no limit; refused
#    when limit < count, "452 4.3.2" (421 with `terminate');
#  - badmx: an MX named "." or like a dotted quad is "550 5.1.2 Illegal MX
#    record", an MX whose address matches ^(127\.|10\.|0\.0\.0\.0) (or the
#    feature's own regex) "550 5.1.2 Invalid MX record"; no MX = the domain
#    itself; a temporary failure "450 4.1.2 MX lookup failure";
#  - relay_based_on_MX: a recipient domain with one of our names ($=w) as
#    MX may be relayed to; a temporary failure is "450 4.4.0 Can not check
#    MX records" unless the client may relay anyway.
. "$top_srcdir/tests/lib.sh"

d="$top_srcdir/tests/runtime/features"
t() {	# t MC [ARGS...] < lines
	mc=$1; shift
	"$MAILCF" test -C "$d/$mc" --hostname mx.oracle.test --hosts "$d/hosts" \
	    --mapdir "$d" "$@"
}
verdict() {	# verdict MC "LINE" [ARGS...]
	mc=$1; line=$2; shift 2
	echo "$line" | t "$mc" "$@" check 2>&1 | cut -f2
}

R='10.1.2.3 h1.example a@ok.example b@ok.example'
check_eq "$(verdict rdns.mc "$R")" "accept" "rate unset: ClientRate:10.1.2.3 2 is not exceeded"
check_eq "$(verdict rdns.mc "$R" --client-rate 2)" "accept" "rate 2, limit 2: not exceeded"
check_eq "$(verdict rdns.mc "$R" --client-rate 3)" \
    "tempfail 452 4.3.2 Connection rate limit exceeded." "rate 3 > ClientRate:10.1.2.3 2"
check_eq "$(verdict rdns.mc '10.4.4.4 h1.example a@ok.example b@ok.example' --client-rate 10)" \
    "accept" "the ClientRate: default (10) applies: 10 is not exceeded"
check_eq "$(verdict rdns.mc '10.4.4.4 h1.example a@ok.example b@ok.example' --client-rate 11)" \
    "tempfail 452 4.3.2 Connection rate limit exceeded." "the ClientRate: default (10) is exceeded by 11"
check_eq "$(verdict rdns.mc "$R" --client-connections 99)" "accept" \
    "ClientConn:10.1.2 0 means no limit"
check_eq "$(verdict rdns.mc '10.1.9.9 h1.example a@ok.example b@ok.example' --client-connections 6)" \
    "tempfail 421 4.3.2 Too many open connections." \
    "ClientConn:10.1 5 exceeded by 6: conncontrol terminate answers 421"
check_eq "$(verdict rdns.mc '10.1.9.9 h1.example a@ok.example b@ok.example' --client-connections 5)" \
    "accept" "5 connections, limit 5: not exceeded"
check_eq "$(verdict delay.mc '10.1.2.3 h1.example a@far.example b@ok.example' --client-rate 3)" \
    "tempfail 421 4.3.2 Connection rate limit exceeded." \
    "ratecontrol nodelay: refused at connection, before the sender is checked"
check_eq "$(verdict delay.mc '10.1.2.3 h1.example a@far.example b@ok.example')" \
    "reject 553 5.1.8 Domain of sender address a@far.example does not exist" \
    "... and without the rate the sender check decides"
out=$(echo "$R" | t rdns.mc --client-rate 3 --explain check 2>&1)
echo "$out" | grep -q 'access:1: ClientRate:10.1.2.3 2$' &&
    echo "$out" | grep -q 'ratecontrol: {client_rate} 3 exceeds the limit 2 (FEATURE(ratecontrol))' &&
    ok "--explain names the ClientRate: entry and the feature" ||
    { not_ok "--explain names the ClientRate: entry and the feature"; diag "$out"; }
if echo "$R" | t rdns.mc --client-rate x check > /dev/null 2>&1; then
	not_ok "--client-rate x is refused"
else
	ok "--client-rate x is refused"
fi

cat > "$TMPDIR/want" <<'WANT'
10.1.2.3 h1.example a@ipmx.example b@ok.example	reject 550 5.1.2 Illegal MX record for host ipmx.example
10.1.2.3 h1.example a@lowmx.example b@ok.example	reject 550 5.1.2 Invalid MX record for host lowmx.example
10.1.2.3 h1.example a@tmpmx.example b@ok.example	tempfail 450 4.1.2 MX lookup failure for tmpmx.example
10.1.2.3 h1.example a@fine.example b@ok.example	accept
10.1.2.3 h1.example a@ok.example b@ok.example	accept
10.1.2.3 h1.example a@tenhost.example b@ok.example	reject 550 5.1.2 Invalid MX record for host tenhost.example
10.1.2.3 h1.example a@ok.example b@mxrelay.example	accept
10.1.2.3 h1.example a@ok.example b@other.example	reject 550 5.7.1 Relaying denied
10.1.2.3 h1.example a@ok.example b@tmp.example	tempfail 450 4.4.0 Can not check MX records for recipient host tmp.example
127.0.0.1 localhost a@ok.example b@tmp.example	accept
10.1.2.9 h9 a@ok.example b@tmp.example	reject 550 5.7.1 bogus HELO name used: h9
WANT
t mx.mc --dns "$d/dns" check < "$d/mx.txt" > "$TMPDIR/got" 2>&1
check_files "$TMPDIR/got" "$TMPDIR/want" "badmx and relay_based_on_MX with injected MX records"
# without the injected resolver (the oracle's sandbox: no MX) nothing changes
t mx.mc check < "$d/mx.txt" 2>&1 | grep -c 'MX record' | grep -qx 0 &&
    ok "no MX records: badmx and relay_based_on_MX refuse nothing" ||
    not_ok "no MX records: badmx and relay_based_on_MX refuse nothing"
out=$(echo '10.1.2.3 h1.example a@ok.example b@mxrelay.example' | t mx.mc --dns "$d/dns" --explain check 2>&1)
echo "$out" | grep -q 'relay_based_on_MX: mx.oracle.test (in $=w) is an MX host of mxrelay.example' &&
    ok "--explain says which MX host made the domain relayable" ||
    { not_ok "--explain says which MX host made the domain relayable"; diag "$out"; }
finish
