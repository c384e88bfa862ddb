#!/bin/sh
# corpus.sh -- every case of ../shared/corpus through the whole pipeline:
# `mailcf build CASE.mc`, then `mailcf test -C CASE.cft` with the case's
# hosts file as the only resolver and its map sources must agree line for
# line with real sendmail's route.expected, check.expected and
# rewrite.expected.  The same with `-C CASE.mc` (compiled in memory).
. "$top_srcdir/tests/lib.sh"
need_shared

for dir in "$SHARED"/corpus/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	mc="$dir/$name.mc"
	[ -f "$mc" ] || continue
	cft="$TMPDIR/$name.cft"
	if "$MAILCF" build -o "$cft" "$mc" 2> "$TMPDIR/err"; then
		ok "$name: builds"
	else
		not_ok "$name: builds"
		sed 's/^/# /' "$TMPDIR/err" | head -5
		continue
	fi
	for conf in "$cft" "$mc"; do
		how=table
		[ "$conf" = "$mc" ] && how=".mc in memory"
		for mode in route check rewrite; do
			case $mode in
			route) in=addresses.txt ;;
			check) in=checks.txt ;;
			rewrite) in=rewrites.txt ;;
			esac
			[ -f "$dir/$in" ] || continue
			"$MAILCF" test -C "$conf" --hostname mx.oracle.test \
			    --hosts "$dir/hosts" --mapdir "$dir" $mode \
			    < "$dir/$in" > "$TMPDIR/$name.$mode" 2>&1
			check_files "$TMPDIR/$name.$mode" "$dir/$mode.expected" \
			    "$name ($how): $mode agrees with real sendmail ($(wc -l < "$dir/$mode.expected") lines)"
		done
	done
done
finish
