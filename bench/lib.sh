# lib.sh -- helpers for bench/*.sh.  A benchmark runs our tool and a peer
# on the same generated data in the same run and ends with the ratio line.

BENCH_RUNS=${BENCH_RUNS:-3}

# measure LABEL CMD...: best wall time of BENCH_RUNS runs (seconds, in
# $REPLY) and peak resident memory (KiB, in $PEAK); prints one line.
# Each run reads its standard input from $BENCH_IN (default /dev/null).
measure() {
	label=$1; shift
	best="" PEAK=0
	i=0
	while [ "$i" -lt "$BENCH_RUNS" ]; do
		if command -v /usr/bin/time >/dev/null 2>&1; then
			/usr/bin/time -f '%e %M' -o "$BENCH_TMP/time.out" "$@" \
			    <"${BENCH_IN:-/dev/null}" >/dev/null 2>"$BENCH_TMP/stderr" || {
				echo "bench: $label failed:"; cat "$BENCH_TMP/stderr"; return 1; }
			read -r t m < "$BENCH_TMP/time.out"
		else
			s=$(date +%s.%N)
			"$@" <"${BENCH_IN:-/dev/null}" >/dev/null 2>"$BENCH_TMP/stderr" || {
				echo "bench: $label failed:"; cat "$BENCH_TMP/stderr"; return 1; }
			t=$(echo "$(date +%s.%N) - $s" | bc) m=0
		fi
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
		[ "$m" -gt "$PEAK" ] && PEAK=$m
		i=$((i + 1))
	done
	REPLY=$best
	printf '%-28s %8.3f s  peak %7d KiB\n' "$label" "$best" "$PEAK"
}

# ratio OURS PEER LABEL: prints "ratio LABEL: X.XX (ours/peer)"
ratio() {
	r=$(echo "scale=3; $1 / ($2 + 0.0005)" | bc)
	printf 'ratio %s: %s (ours / peer; below 1 means ours is faster)\n' "$3" "$r"
}
