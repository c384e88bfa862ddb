#!/bin/sh
# fidelity.sh -- for every .mc of the shared corpus and of tests/templates/mc,
# the declaration lines (O D C F K M H P T V E Q X; continuation lines
# joined, comments and the cf kit's commented #O defaults left out) that
# mailcf's cf-templates produce under GNU m4 must be the very lines real
# sendmail 8.17's cf kit writes for the same .mc (../shared/oracle/mc2cf).
# One TAP line per .mc; a mismatch lists each differing line
# ("-" only in sendmail's cf, "+" only in ours).
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
need_oracle
. "$top_srcdir/tests/templates/run-templates.sh"

total=0
bad=0
for mc in "$SHARED"/corpus/*/*.mc "$top_srcdir"/tests/templates/mc/*.mc; do
	[ -f "$mc" ] || continue
	name=$(basename "$(dirname "$mc")")/$(basename "$mc")
	if ! "$ORACLE/mc2cf" "$mc" 2>/dev/null | decls > "$TMPDIR/want"; then
		: # the kit's own *** ERROR exit; the cf is still compared
	fi
	mc2ir "$mc" 2>"$TMPDIR/err" | decls > "$TMPDIR/got"
	if [ -s "$TMPDIR/err" ]; then
		not_ok "$name: m4 complained"
		sed 's/^/# /' "$TMPDIR/err" | head -5
		continue
	fi
	diff "$TMPDIR/want" "$TMPDIR/got" | grep '^[<>]' |
		sed -e 's/^</-/' -e 's/^>/+/' > "$TMPDIR/d"
	n=$(wc -l < "$TMPDIR/d")
	total=$((total + n))
	if [ "$n" -eq 0 ]; then
		ok "$name: $(wc -l < "$TMPDIR/want") declaration lines as sendmail's cf kit"
	else
		bad=$((bad + 1))
		not_ok "$name: $n declaration lines differ"
		sed 's/^/# /' "$TMPDIR/d" | head -40
	fi
done
diag "mismatching lines in all: $total; files with mismatches: $bad"
finish
