#!/bin/sh
# policy -- check decisions per second: `mailcf test check` vs real
# sendmail 8.17 (../shared/oracle/check, sendmail -bt in its sandbox) on
# the same batch of N generated lines (default 10,000) for the corpus
# configuration access-basic with a generated access map; both answers
# are compared.  Then the engine's cost per decision in instructions
# (callgrind: a run with N lines minus a run with none, divided by N),
# also for a table whose local rules run in the rule engine.
. "$top_srcdir/bench/lib.sh"
N=${BENCH_N:-10000}
SHARED=${SHARED:-$top_srcdir/../shared}
ORACLE="$SHARED/oracle"
CF="$SHARED/corpus/access-basic/cf.expected"
GEN="$top_builddir/tests/runtime/gen_policy"
MAILCF="$top_builddir/mailcf"

[ -f "$CF" ] || { echo "bench: $CF missing (../shared)"; exit 1; }
[ -x "$GEN" ] || make -C "$top_builddir" tests/runtime/gen_policy >/dev/null ||
	{ echo "bench: cannot build gen_policy"; exit 1; }
d="$BENCH_TMP/maps"
mkdir -p "$d"
"$GEN" 7 "$d" "$N" 1
# gen_policy appends lines for the later features: keep the batch at N
head -n "$N" "$d/checks.txt" > "$d/checks.n" && mv "$d/checks.n" "$d/checks.txt"
n=$(wc -l < "$d/checks.txt")
echo "policy: $n check lines (connect, MAIL, RCPT each), access map of $(wc -l < "$d/access") entries"
BENCH_IN="$d/checks.txt" measure "mailcf test check (ours)" "$MAILCF" test -C "$CF" \
    --hostname mx.oracle.test --hosts "$d/hosts" --mapdir "$d" check || exit 1
ours=$REPLY
"$MAILCF" test -C "$CF" --hostname mx.oracle.test --hosts "$d/hosts" --mapdir "$d" \
    check < "$d/checks.txt" > "$BENCH_TMP/ours.out"
echo "ours: $(echo "scale=0; $n / ($ours + 0.0005)" | bc) decisions/s"
if [ "$(id -u)" = 0 ] && "$ORACLE/setup" >/dev/null 2>&1; then
	BENCH_RUNS=1 BENCH_IN="$d/checks.txt" measure "oracle check (sendmail)" \
	    "$ORACLE/check" "$CF" "$d" || exit 1
	peer=$REPLY
	"$ORACLE/check" "$CF" "$d" < "$d/checks.txt" > "$BENCH_TMP/peer.out" 2>/dev/null
	echo "sendmail: $(echo "scale=0; $n / ($peer + 0.0005)" | bc) decisions/s (sandbox setup included)"
	if cmp -s "$BENCH_TMP/ours.out" "$BENCH_TMP/peer.out"; then
		echo "all $n answers agree"
	else
		echo "answers differ on $(diff "$BENCH_TMP/ours.out" "$BENCH_TMP/peer.out" | grep -c '^<') lines"
	fi
	ratio "$ours" "$peer" "policy check"
else
	echo "bench: the oracle needs root; no ratio"
fi
if command -v valgrind >/dev/null 2>&1; then
	head -1000 "$d/checks.txt" > "$BENCH_TMP/k1000"
	ir() {	# ir INPUT: total instructions of one run
		valgrind --tool=callgrind --callgrind-out-file="$BENCH_TMP/cg.out" \
		    "$MAILCF" test -C "$CF" --hostname mx.oracle.test --hosts "$d/hosts" \
		    --mapdir "$d" check < "$1" > /dev/null 2>"$BENCH_TMP/cg.err"
		awk '/^summary:/ { print $2 }' "$BENCH_TMP/cg.out"
	}
	i0=$(ir /dev/null)
	i1=$(ir "$BENCH_TMP/k1000")
	echo "callgrind: $(( (i1 - i0) / 1000 )) instructions per check line (startup $i0)"
	# the rule engine: a table whose local rules call maps and rulesets
	# ($( $>), tests/runtime/localrules, its 5 check lines x 200
	lr="$BENCH_TMP/lr"
	mkdir -p "$lr"
	cp "$top_srcdir"/tests/runtime/localrules/* "$lr/"
	if "$MAILCF" build -o "$lr/lr.cft" "$lr/localrules.mc" 2>/dev/null; then
		i=0
		while [ $i -lt 200 ]; do cat "$lr/checks.txt"; i=$((i + 1)); done \
		    > "$lr/k1000"
		irl() {
			valgrind --tool=callgrind --callgrind-out-file="$BENCH_TMP/cg.out" \
			    "$MAILCF" test -C "$lr/lr.cft" --hostname mx.oracle.test \
			    --hosts "$lr/hosts" --mapdir "$lr" check < "$1" > /dev/null \
			    2>"$BENCH_TMP/cg.err"
			awk '/^summary:/ { print $2 }' "$BENCH_TMP/cg.out"
		}
		l0=$(irl /dev/null)
		l1=$(irl "$lr/k1000")
		echo "callgrind: $(( (l1 - l0) / 1000 )) instructions per check line of localrules.cft (local rules with \$( and \$>)"
	fi
fi
