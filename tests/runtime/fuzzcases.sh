#!/bin/sh
# fuzzcases.sh -- tables that fuzz/run rulecode found crashing the loader
# or the engine (checksum fixed up, as the fuzz target does), kept as
# regression cases: each must load and answer, or be refused with a
# sentence and exit 78; never a crash or a sanitizer report.
#   virtuser-nomap.cft  FEATURE(virtusertable) without its "virtuser"
#                       map (renamed by the fuzzer): routing to a local
#                       user looked the absent map up through NULL.
. "$top_srcdir/tests/lib.sh"

dir="$top_srcdir/tests/runtime/fuzzcases"
for t in "$dir"/*.cft; do
	n=$(basename "$t")
	"$MAILCF" test -C "$t" --hostname mx.fuzz.test --hosts /dev/null \
	    --mapdir "$TMPDIR" route kim@mx.fuzz.test joe@shop.example \
	    > "$TMPDIR/out" 2>&1
	rc=$?
	{ [ "$rc" = 0 ] && [ "$(wc -l < "$TMPDIR/out")" = 2 ]; } ||
	    { [ "$rc" = 78 ] && grep -q "$n: " "$TMPDIR/out"; } &&
	    ok "$n: route answers or refuses the table (exit $rc)" ||
	    { not_ok "$n: route answers or refuses the table (exit $rc)"; diag "$(cat "$TMPDIR/out")"; }
	echo '192.0.2.1 client.example <ann@far.example> <kim@mx.fuzz.test>' |
	    "$MAILCF" test -C "$t" --hostname mx.fuzz.test --hosts /dev/null \
	    --mapdir "$TMPDIR" check > "$TMPDIR/out" 2>&1
	rc=$?
	{ [ "$rc" = 0 ] && grep -q 'accept\|reject\|tempfail\|discard' "$TMPDIR/out"; } ||
	    { [ "$rc" = 78 ] && grep -q "$n: " "$TMPDIR/out"; } &&
	    ok "$n: check answers or refuses the table (exit $rc)" ||
	    { not_ok "$n: check answers or refuses the table (exit $rc)"; diag "$(cat "$TMPDIR/out")"; }
done
# the case that crashed routes a local user to the local mailer
"$MAILCF" test -C "$dir/virtuser-nomap.cft" --hostname mx.fuzz.test \
    --hosts /dev/null --mapdir "$TMPDIR" route kim@mx.fuzz.test > "$TMPDIR/out" 2>&1
check_eq "$(cat "$TMPDIR/out")" "kim@mx.fuzz.test	mailer=local host= user=kim" \
    "virtusertable without its map: a local user goes to the local mailer"
finish
