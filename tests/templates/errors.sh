#!/bin/sh
# errors.sh -- mistakes in a .mc become @error lines of the IR, after an
# @loc naming the .mc line of the mistake.  Each tests/templates/err/*.mc
# marks the lines that must be reported with "EXPECT-ERROR"; the set of
# reported lines must equal the set of marked ones.  Unless a mark says
# "mailcf-only" (sendmail ignores that mistake silently), real sendmail's
# cf kit must complain about the same file too: "***" on stderr or a
# failing m4 (../shared/oracle/mc2cf), so the test checks the mistake is
# one sendmail itself refuses.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
. "$top_srcdir/tests/templates/run-templates.sh"
oracle=yes
if [ "$(id -u)" != 0 ] || [ -z "${SHARED:-}" ] || [ ! -d "$SHARED/oracle" ]; then
	oracle=no
else
	ORACLE="$SHARED/oracle"
	"$ORACLE/setup" >/dev/null 2>&1 || oracle=no
fi

for mc in "$top_srcdir"/tests/templates/err/*.mc; do
	name=err/$(basename "$mc")
	base=$(basename "$mc")
	want=$(grep -n 'EXPECT-ERROR' "$mc" | cut -d: -f1 | sort -n | uniq | tr '\n' ' ')
	if ! mc2ir "$mc" > "$TMPDIR/ir" 2> "$TMPDIR/err"; then
		not_ok "$name: m4 failed"
		sed 's/^/# /' "$TMPDIR/err" | head -5
		continue
	fi
	# the @loc line before each @error, for this .mc only
	got=$(awk -F '\t' -v f="$base" '
		$1 == "@loc" { file = $2; line = $3 }
		$1 == "@error" && file == f { print line }' "$TMPDIR/ir" |
		sort -n | uniq | tr '\n' ' ')
	check_eq "$got" "$want" "$name: @error at lines ${want:-(none)}"
	# "EXPECT-WARNING": sendmail builds the file but warns; so do we
	wantw=$(grep -n 'EXPECT-WARNING' "$mc" | cut -d: -f1 | sort -n | uniq | tr '\n' ' ')
	if [ -n "$wantw" ]; then
		gotw=$(awk -F '\t' -v f="$base" '
			$1 == "@loc" { file = $2; line = $3 }
			$1 == "@warning" && file == f { print line }' "$TMPDIR/ir" |
			sort -n | uniq | tr '\n' ' ')
		check_eq "$gotw" "$wantw" "$name: @warning at lines $wantw"
	fi
	# "EXPECT-SUGGEST NAME": the @error of that line offers NAME
	grep -n 'EXPECT-SUGGEST' "$mc" | while IFS=: read -r no rest; do
		sug=${rest##*EXPECT-SUGGEST }
		if awk -F '\t' -v f="$base" -v l="$no" -v s="did you mean $sug?" '
			$1 == "@loc" { file = $2; line = $3 }
			$1 == "@error" && file == f && line == l && index($2, s) { found = 1 }
			END { exit !found }' "$TMPDIR/ir"; then
			echo "ok - $name: line $no suggests $sug"
		else
			echo "not ok - $name: line $no suggests $sug"
		fi
	done > "$TMPDIR/sug"
	while read -r res; do
		case $res in
		"ok - "*) ok "${res#ok - }";;
		*) not_ok "${res#not ok - }";;
		esac
	done < "$TMPDIR/sug"
	if [ -s "$TMPDIR/err" ]; then
		not_ok "$name: m4 itself complained"
		sed 's/^/# /' "$TMPDIR/err" | head -5
	fi
	if [ -z "$want" ] || ! grep 'EXPECT-ERROR' "$mc" | grep -qv 'mailcf-only'; then
		continue
	fi
	if [ $oracle = no ]; then
		skip "$name: the sendmail oracle needs root and ../shared"
		continue
	fi
	# an error only where the real kit says "*** ERROR" (mc2cf exits 1);
	# its other "***" messages are warnings (see EXPECT-WARNING)
	if "$ORACLE/mc2cf" "$mc" > /dev/null 2> "$TMPDIR/kit"; then
		not_ok "$name: sendmail's cf kit accepts this file"
		sed 's/^/# kit: /' "$TMPDIR/kit" | head -3
	else
		ok "$name: sendmail's cf kit refuses it too"
	fi
done
# -D_MC_ERRPRINT: the same errors on stderr, FILE:LINE first
mc="$top_srcdir/tests/templates/err/mailer-twice.mc"
err=$(cd "$(dirname "$mc")" && m4run -D_MC_ERRPRINT -I "$TPL/m4" "$TPL/cf.m4" mailer-twice.mc 2>&1 >/dev/null)
check_eq "$err" "mailer-twice.mc:5: *** ERROR: MAILER(smtp) already included" \
	"-D_MC_ERRPRINT writes FILE:LINE: *** ERROR: on stderr"
finish
