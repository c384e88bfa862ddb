#!/bin/sh
# gentest.sh -- random m4 programs from tests/m4/m4gen, each run through
# `mailcf m4' and GNU m4; standard output (bytes) and exit status must be
# equal.  The programs run in batches (one m4 process per batch and side,
# as process start-up would dominate); one TAP line per batch.  A failing
# batch is narrowed down to its first failing program, which is printed
# with both outputs.  Every fifth batch runs with -s (sync lines), every
# tenth with -E (warnings make the exit status 1).
#
# Then programs cut short at a random place run one by one (unterminated
# quotes, comments and argument lists at end of file), a TAP line per 50.
#
# env: M4GEN_SEED (default 1), M4GEN_PROGRAMS (default 10000),
#      M4GEN_BATCH (programs per batch, default 100),
#      M4GEN_CUT (programs cut short, default 300).
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
: "${MAILCF:?}"

gen="$top_builddir/tests/m4/m4gen"
[ -x "$gen" ] || { not_ok "m4gen is not built ($gen)"; finish; }
seed=${M4GEN_SEED:-1}
total=${M4GEN_PROGRAMS:-10000}
size=${M4GEN_BATCH:-100}
tmo=120
cd "$TMPDIR" || exit 1

# run OUT ARGS...: both m4s on batch.m4 (GNU m4 first); sets st_gnu, st_ours
run() {
	timeout $tmo "$GNU_M4" "$@" batch.m4 > gnu.out 2> gnu.err
	st_gnu=$?
	timeout $tmo "$MAILCF" m4 "$@" batch.m4 > our.out 2> our.err
	st_ours=$?
}

same() {
	[ "$st_gnu" = "$st_ours" ] && cmp -s gnu.out our.out
}

# narrow FIRST COUNT FLAGS: print the first failing program of a batch
narrow() {
	i=$1
	while [ "$i" -lt $(($1 + $2)) ]; do
		"$gen" -s "$seed" -f "$i" -n 1 > batch.m4
		# shellcheck disable=SC2086
		run $3
		if ! same; then
			echo "# first failing program: m4gen -s $seed -f $i -n 1 (flags: ${3:-none})"
			sed 's/^/#   | /' batch.m4 | head -60
			echo "# exit: mailcf $st_ours, GNU m4 $st_gnu"
			echo "# stdout diff (- GNU m4, + mailcf):"
			diff -a -u gnu.out our.out | sed '1,2d' | head -30 | sed 's/^/#   /'
			echo "# stderr mailcf:"
			head -5 our.err | sed 's/^/#   | /'
			return
		fi
		i=$((i + 1))
	done
	echo "# no single program fails alone; the batch as a whole differs:"
	"$gen" -s "$seed" -f "$1" -n "$2" > batch.m4
	# shellcheck disable=SC2086
	run $3
	echo "# exit: mailcf $st_ours, GNU m4 $st_gnu"
	diff -a -u gnu.out our.out | sed '1,2d' | head -30 | sed 's/^/#   /'
}

first=0
batch=0
shown=0
start=$(date +%s)
while [ "$first" -lt "$total" ]; do
	n=$size
	[ $((first + n)) -gt "$total" ] && n=$((total - first))
	flags=""
	[ $((batch % 5)) = 4 ] && flags="-s"
	[ $((batch % 10)) = 7 ] && flags="-E"
	"$gen" -s "$seed" -f "$first" -n "$n" > batch.m4 || {
		not_ok "m4gen failed"
		break
	}
	# shellcheck disable=SC2086
	run $flags
	desc="programs $first-$((first + n - 1)) (seed $seed${flags:+, $flags})"
	ends=$(grep -c '^=== end [0-9]* ===$' gnu.out)
	if [ "$st_gnu" = 124 ]; then
		not_ok "$desc: GNU m4 timed out: the generator made a program that does not end"
	elif [ "$ends" != "$n" ]; then
		# a program swallowed the rest of its batch (unbalanced quote,
		# argument list or diversion): the generator is at fault
		not_ok "$desc: only $ends of $n programs reached their end in GNU m4"
	elif same; then
		ok "$desc"
	else
		not_ok "$desc"
		# narrowing runs the programs one by one: only for the first few
		if [ "$shown" -lt 3 ]; then
			narrow "$first" "$n" "$flags"
			shown=$((shown + 1))
		fi
	fi
	first=$((first + n))
	batch=$((batch + 1))
done
echo "# $total programs in $(( $(date +%s) - start )) s"

# Programs cut short at a random place (m4gen -c), one process each: end
# of file inside quotes, comments, argument lists, definitions.
cuts=${M4GEN_CUT:-300}
start=$(date +%s)
i=0
while [ "$i" -lt "$cuts" ]; do
	bad=""
	j=$i
	while [ "$j" -lt $((i + 50)) ] && [ "$j" -lt "$cuts" ]; do
		"$gen" -c -s "$seed" -f "$j" -n 1 > batch.m4
		run
		if [ "$st_gnu" = 124 ] || ! same; then
			bad=$j
			break
		fi
		j=$((j + 1))
	done
	desc="programs $i-$((j - 1)) cut short (seed $seed)"
	if [ -z "$bad" ]; then
		ok "$desc"
	else
		desc="programs $i-$((i + 49)) cut short (seed $seed)"
		not_ok "$desc: m4gen -c -s $seed -f $bad -n 1 differs"
		sed 's/^/#   | /' batch.m4 | tail -15
		echo "# exit: mailcf $st_ours, GNU m4 $st_gnu"
		diff -a -u gnu.out our.out | sed '1,2d' | head -20 | sed 's/^/#   /'
	fi
	i=$((i + 50))
done
echo "# $cuts cut programs in $(( $(date +%s) - start )) s"
finish
