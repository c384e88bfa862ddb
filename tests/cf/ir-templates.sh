#!/bin/sh
# ir-templates.sh -- end to end through the IR: our cf-templates under GNU
# m4 turn each .mc (the shared corpus and tests/cf/mc) into IR; `mailcf
# show --cf` must read that IR without an error, and the declarations it
# prints must be the ones real sendmail's cf kit writes for the same .mc
# (the corpus cf.expected, or ../shared/oracle/mc2cf), canonicalised by
# tests/cf/decls.awk on both sides.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
need_oracle
[ -f "$top_srcdir/cf-templates/cf.m4" ] ||
	skip_all "no cf-templates in this tree"
. "$top_srcdir/tests/templates/run-templates.sh"

decls="$top_srcdir/tests/cf/decls.awk"
for mc in "$SHARED"/corpus/*/*.mc "$top_srcdir"/tests/cf/mc/*.mc; do
	[ -f "$mc" ] || continue
	name=$(basename "$mc" .mc)
	if ! mc2ir "$mc" > "$TMPDIR/$name.ir" 2> "$TMPDIR/m4err"; then
		not_ok "$name: the templates expand it"
		head -5 "$TMPDIR/m4err" | sed 's/^/# /'
		continue
	fi
	"$MAILCF" show --cf "$TMPDIR/$name.ir" > "$TMPDIR/show" 2> "$TMPDIR/err"
	rc=$?
	if [ $rc -eq 0 ] && ! grep -q "error:" "$TMPDIR/err"; then
		ok "$name: its IR parses without an error"
	else
		not_ok "$name: its IR parses without an error (exit $rc)"
		head -8 "$TMPDIR/err" | sed 's/^/# /'
		continue
	fi
	want="$(dirname "$mc")/cf.expected"
	if [ ! -f "$want" ]; then
		cp "$mc" "$TMPDIR/k.mc"
		"$ORACLE/mc2cf" "$TMPDIR/k.mc" > "$TMPDIR/kit.cf" 2>/dev/null
		want="$TMPDIR/kit.cf"
	fi
	# the directives (with their continuation lines) are not cf lines
	awk '/^@/ { skip = 1; next } /^[ \t]/ && skip { next } { skip = 0; print }' \
	    "$TMPDIR/show" | awk -f "$decls" | sort > "$TMPDIR/got"
	awk -f "$decls" "$want" | sort > "$TMPDIR/want"
	check_files "$TMPDIR/got" "$TMPDIR/want" \
	    "$name: show of the IR declares what the real cf kit does"
done
finish
