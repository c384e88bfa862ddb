#!/bin/sh
# oracle.sh -- the sendmail oracle is reachable from the tests: its setup
# runs once, mc2cf reproduces every corpus case's cf.expected, and route
# answers like the case's route.expected.  Later differential tests rely
# on exactly this.
. "$top_srcdir/tests/lib.sh"
need_oracle

for dir in "$SHARED"/corpus/*/; do
	name=$(basename "$dir")
	mc="$dir$name.mc"
	[ -f "$mc" ] || continue
	"$ORACLE/mc2cf" "$mc" > "$TMPDIR/$name.cf" 2>"$TMPDIR/$name.err"
	check_files "$TMPDIR/$name.cf" "$dir/cf.expected" "oracle mc2cf reproduces $name/cf.expected"
done

dir="$SHARED/corpus/linux-basic"
if [ -f "$dir/addresses.txt" ]; then
	head -3 "$dir/addresses.txt" > "$TMPDIR/addrs"
	# shellcheck disable=SC2046
	"$ORACLE/route" "$TMPDIR/linux-basic.cf" "$dir" $(cat "$TMPDIR/addrs") \
	    > "$TMPDIR/route.out" 2>"$TMPDIR/route.err"
	head -3 "$dir/route.expected" > "$TMPDIR/route.want"
	check_files "$TMPDIR/route.out" "$TMPDIR/route.want" "oracle route answers as linux-basic/route.expected"
fi
finish
