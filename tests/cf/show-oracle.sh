#!/bin/sh
# show-oracle.sh -- for every tests/cf/mc/*.mc: the real cf kit (through
# ../shared/oracle/mc2cf) compiles it to a sendmail.cf; `mailcf show --cf`
# must read that file without an error (warnings allowed) and print the same declarations
# (sorted, canonicalised by tests/cf/decls.awk on both sides).
. "$top_srcdir/tests/lib.sh"
need_oracle

decls="$top_srcdir/tests/cf/decls.awk"
for mc in "$top_srcdir"/tests/cf/mc/*.mc; do
	name=$(basename "$mc" .mc)
	# mc2cf runs in the .mc's folder; copy so nothing is written there
	cp "$mc" "$TMPDIR/$name.mc"
	if ! "$ORACLE/mc2cf" "$TMPDIR/$name.mc" > "$TMPDIR/$name.cf" \
	    2> "$TMPDIR/$name.m4err"; then
		not_ok "$name: the real cf kit compiles it"
		sed 's/^/# /' "$TMPDIR/$name.m4err" | head -5
		continue
	fi
	"$MAILCF" show --cf "$TMPDIR/$name.cf" > "$TMPDIR/show.out" \
	    2> "$TMPDIR/show.err"
	rc=$?
	if [ $rc -eq 0 ] && ! grep -q "error:" "$TMPDIR/show.err"; then
		ok "$name: the real cf parses without an error"
	else
		not_ok "$name: the real cf parses without an error (exit $rc)"
		sed 's/^/# /' "$TMPDIR/show.err" | head -20
	fi
	awk -f "$decls" "$TMPDIR/show.out" | sort > "$TMPDIR/got"
	awk -f "$decls" "$TMPDIR/$name.cf" | sort > "$TMPDIR/want"
	check_files "$TMPDIR/got" "$TMPDIR/want" "$name: show prints every declaration"
done
finish
