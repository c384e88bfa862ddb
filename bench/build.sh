#!/bin/sh
# build.sh -- `mailcf build host.mc` (m4 engine in-process over our
# cf-templates, cf parser, model, table written through a temporary file)
# against `m4 cf.m4 host.mc` with real sendmail's cf kit (GNU m4, what
# ../shared/oracle/mc2cf runs), on every .mc of the shared corpus.
#   - instructions: valgrind --tool=callgrind, both in the same run, cold
#     (each a fresh process: mailcf reloads the templates' frozen prelude,
#     cf-templates.frozen, as every build does; no result is cached);
#   - wall time: the mean of BENCH_LOOPS runs (default 50) timed together,
#     best of BENCH_RUNS such loops (one run is below the 10 ms resolution
#     of /usr/bin/time).
# Goal: at least 20x fewer instructions.  Needs the oracle (the real cf
# tree) and valgrind; says why when it cannot run.  The last line is the
# ratio (kit / ours) over all the .mc files.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
: "${top_builddir:=$(pwd)}"
MAILCF=${MAILCF:-$top_builddir/mailcf}
CF=${SENDMAIL_ORACLE:-$HOME/.cache/sendmail-oracle}/root/usr/share/sendmail/cf
SHARED=${SHARED:-$top_srcdir/../shared}
[ -f "$CF/m4/cf.m4" ] || { echo "bench build: no real cf kit at $CF (run ../shared/oracle/setup)"; exit 0; }
command -v m4 >/dev/null || { echo "bench build: GNU m4 is not installed"; exit 0; }
have_vg=1
command -v valgrind >/dev/null || { have_vg=0; echo "bench build: no valgrind: wall time only"; }

# instr CMD...: instructions callgrind counts for CMD (in $REPLY)
instr() {
	valgrind --tool=callgrind --callgrind-out-file="$BENCH_TMP/cg.out" \
	    "$@" > /dev/null 2> "$BENCH_TMP/vg.err" || { cat "$BENCH_TMP/vg.err"; return 1; }
	REPLY=$(sed -n 's/^summary: *//p' "$BENCH_TMP/cg.out" | awk '{ print $1 }')
	rm -f "$BENCH_TMP"/cg.out*
}

# loop_us CMD...: microseconds per run of CMD, the mean of BENCH_LOOPS runs,
# best of BENCH_RUNS loops (in $REPLY)
BENCH_LOOPS=${BENCH_LOOPS:-50}
loop_us() {
	best="" r=0
	while [ "$r" -lt "${BENCH_RUNS:-3}" ]; do
		s=$(date +%s%N) i=0
		while [ "$i" -lt "$BENCH_LOOPS" ]; do
			"$@" > /dev/null 2>&1 || { echo "bench: $* failed"; return 1; }
			i=$((i + 1))
		done
		t=$(( ($(date +%s%N) - s) / BENCH_LOOPS / 1000 ))
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
		r=$((r + 1))
	done
	REPLY=$best
}

tot_ours=0 tot_kit=0
printf '%-24s %14s %14s %8s\n' ".mc" "mailcf build" "m4 + cf kit" "ratio"
for mc in "$SHARED"/corpus/*/*.mc; do
	[ -f "$mc" ] || continue
	name=$(basename "$mc")
	cp "$mc" "$BENCH_TMP/$name"
	cd "$BENCH_TMP" || exit 1
	if [ "$have_vg" = 1 ]; then
		instr "$MAILCF" build -o "$BENCH_TMP/out.cft" "$name" || exit 1
		ours=$REPLY
		instr m4 -I "$CF/cf" -D_CF_DIR_="$CF/" -D_NO_MAKEINFO_ \
		    "$CF/m4/cf.m4" "$name" || exit 1
		kit=$REPLY
		tot_ours=$((tot_ours + ours))
		tot_kit=$((tot_kit + kit))
		printf '%-24s %14s %14s %7.1fx\n' "$name" "$ours" "$kit" \
		    "$(echo "scale=2; $kit / $ours" | bc)"
	fi
	loop_us "$MAILCF" build -o "$BENCH_TMP/out.cft" "$name" || exit 1
	t_ours=$REPLY
	loop_us m4 -I "$CF/cf" -D_CF_DIR_="$CF/" -D_NO_MAKEINFO_ \
	    "$CF/m4/cf.m4" "$name" || exit 1
	printf '  wall per run: mailcf build %s us, m4 + cf kit %s us\n' \
	    "$t_ours" "$REPLY"
	cd - > /dev/null || exit 1
done
if [ "$have_vg" = 1 ] && [ "$tot_ours" -gt 0 ]; then
	printf 'instructions in all: mailcf build %s, m4 + cf kit %s\n' "$tot_ours" "$tot_kit"
	printf 'ratio instructions: %s (kit / ours; the goal is 20 or more)\n' \
	    "$(echo "scale=2; $tot_kit / $tot_ours" | bc)"
fi
