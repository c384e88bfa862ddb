#!/bin/sh
# show-corpus.sh -- `mailcf show --cf` on every cf.expected of the shared
# corpus (real sendmail cf kit output): it parses without an error, and
# its declarations equal the file's own V/O/D/C/F/K/M/H/P/T/Q/X/E lines
# after the canonicalisation of tests/cf/decls.awk (applied to both sides).
. "$top_srcdir/tests/lib.sh"
need_shared

decls="$top_srcdir/tests/cf/decls.awk"
n=0
for cf in "$SHARED"/corpus/*/cf.expected; do
	[ -f "$cf" ] || continue
	n=$((n + 1))
	name=$(basename "$(dirname "$cf")")
	"$MAILCF" show --cf "$cf" > "$TMPDIR/show.out" 2> "$TMPDIR/show.err"
	rc=$?
	if [ $rc -eq 0 ] && ! grep -q "error:" "$TMPDIR/show.err"; then
		ok "$name: parses without an error"
	else
		not_ok "$name: parses without an error (exit $rc)"
		sed 's/^/# /' "$TMPDIR/show.err" | head -20
	fi
	awk -f "$decls" "$TMPDIR/show.out" | sort > "$TMPDIR/got"
	awk -f "$decls" "$cf" | sort > "$TMPDIR/want"
	if [ "$(wc -l < "$TMPDIR/want")" -lt 40 ]; then
		not_ok "$name: has declarations to compare"
		continue
	fi
	check_files "$TMPDIR/got" "$TMPDIR/want" "$name: show prints every declaration"
done
[ $n -gt 0 ] || not_ok "no corpus cf.expected found in $SHARED/corpus"
finish
