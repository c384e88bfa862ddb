#!/bin/sh
# sections.sh -- raw cf text of the LOCAL_* sections reaches the IR between
# "@section NAME" and "@endsection", and the @loc after @section lets the
# parser number its lines: the first line is the rest of the LOCAL_* call's
# line, each further line the next .mc line.  Checked on
# tests/templates/mc/local-sections.mc: every raw line must equal the .mc
# line its position names.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
. "$top_srcdir/tests/templates/run-templates.sh"
mc="$top_srcdir/tests/templates/mc/local-sections.mc"
mc2ir "$mc" > "$TMPDIR/ir" 2>"$TMPDIR/err" || { not_ok "m4 failed"; finish; }
awk -F '\t' '
	$1 == "@section" { insec = 1; name = $2; want = 1; next }
	$1 == "@endsection" { insec = 0; next }
	insec && $1 == "@loc" && want { file = $2; line = $3; want = 0; n = 0; print "S\t" name "\t" line; next }
	insec { print "L\t" name "\t" (line + n) "\t" $0; n++ }
' "$TMPDIR/ir" > "$TMPDIR/lines"
for s in LOCAL_CONFIG LOCAL_RULE_3 LOCAL_RULE_0 LOCAL_NET_CONFIG LOCAL_RULESETS \
    LOCAL_RULE_1 LOCAL_RULE_2 LOCAL_SRV_FEATURES MAILER_DEFINITIONS; do
	want=$(grep -n "^$s\$" "$mc" | cut -d: -f1)
	got=$(awk -F '\t' -v s="$s" '$1 == "S" && $2 == s { print $3 }' "$TMPDIR/lines")
	check_eq "$got" "$want" "@section $s starts at the .mc line of the call"
done
bad=0
while IFS='	' read -r kind name no text; do
	[ "$kind" = L ] || continue
	[ -z "$text" ] && continue	# the rest of the call's line, the blank closing line
	src=$(sed -n "${no}p" "$mc")
	if [ "$src" != "$text" ]; then
		bad=$((bad + 1))
		diag "$name line $no: IR has '$text', the .mc '$src'"
	fi
done < "$TMPDIR/lines"
check_eq "$bad" 0 "every raw line sits at its .mc line number"
n=$(grep -c '^@section' "$TMPDIR/ir")
m=$(grep -c '^@endsection' "$TMPDIR/ir")
check_eq "$m" "$n" "each @section is closed"
finish
