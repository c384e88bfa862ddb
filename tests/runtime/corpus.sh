#!/bin/sh
# corpus.sh -- every case of ../shared/corpus: `mailcf test` on the case's
# cf.expected (real m4 output), with the case's hosts file as the only
# resolver and its map sources, agrees line for line with real sendmail's
# route.expected, check.expected and rewrite.expected.
. "$top_srcdir/tests/lib.sh"
need_shared

run() {	# run CASEDIR MODE [ARGS...]
	d=$1; shift
	"$MAILCF" test -C "$d/cf.expected" --hostname mx.oracle.test \
	    --hosts "$d/hosts" --mapdir "$d" "$@"
}

for dir in "$SHARED"/corpus/*/; do
	dir=${dir%/}
	name=$(basename "$dir")
	[ -f "$dir/cf.expected" ] || continue
	if [ -f "$dir/addresses.txt" ]; then
		run "$dir" route < "$dir/addresses.txt" > "$TMPDIR/$name.route" 2>&1
		check_files "$TMPDIR/$name.route" "$dir/route.expected" \
		    "$name: route agrees with real sendmail ($(wc -l < "$dir/route.expected") addresses)"
	fi
	if [ -f "$dir/checks.txt" ]; then
		run "$dir" check < "$dir/checks.txt" > "$TMPDIR/$name.check" 2>&1
		check_files "$TMPDIR/$name.check" "$dir/check.expected" \
		    "$name: check agrees with real sendmail ($(wc -l < "$dir/check.expected") cases)"
	fi
	if [ -f "$dir/rewrites.txt" ]; then
		run "$dir" rewrite < "$dir/rewrites.txt" > "$TMPDIR/$name.rw" 2>&1
		check_files "$TMPDIR/$name.rw" "$dir/rewrite.expected" \
		    "$name: rewrite agrees with real sendmail"
	fi
	# --explain keeps the answers and adds indented reasons under them
	if [ -f "$dir/checks.txt" ]; then
		run "$dir" --explain check < "$dir/checks.txt" > "$TMPDIR/$name.ex" 2>&1
		grep -v '^ ' "$TMPDIR/$name.ex" > "$TMPDIR/$name.ex.top"
		check_files "$TMPDIR/$name.ex.top" "$dir/check.expected" \
		    "$name: --explain leaves the verdict lines unchanged"
	fi
done
finish
