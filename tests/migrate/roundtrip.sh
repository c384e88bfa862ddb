#!/bin/sh
# roundtrip.sh -- `mailcf migrate` on sendmail.cf files written by REAL
# sendmail's cf kit: for every .mc of the shared corpus and of
# tests/lint/cases, ../shared/oracle/mc2cf x.mc | mailcf migrate gives
# y.mc, and the declarations (O D C F K M H P T V E Q X lines, canonical
# order, tests/cf/decls.awk) the real cf kit writes for y.mc must equal
# those it writes for x.mc.  The harder .mc files of tests/templates/mc
# (hacks, MSP, queue groups, mailer flag edits) are only counted: a
# "# templates/mc:" line says how many round-trip so far.  Then a hand-edited .cf: an extra rule and a
# changed option must survive the migration and be in the report.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
decls="$top_srcdir/tests/cf/decls.awk"
n=0
roundtrip() {	# roundtrip FILE.mc NAME: 0 when the declarations match
	w="$TMPDIR/$2"
	rm -rf "$w"; mkdir -p "$w"
	cp "$1" "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null) || return 2
	"$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/x.cf" \
	    2> "$w/err" || return 1
	(cd "$w" && "$ORACLE/mc2cf" y.mc > y.cf 2> y.err)
	awk -f "$decls" "$w/x.cf" | LC_ALL=C sort -u > "$w/want"
	awk -f "$decls" "$w/y.cf" | LC_ALL=C sort -u > "$w/got"
	cmp -s "$w/got" "$w/want"
}
good=0 all=0
for mc in "$top_srcdir"/tests/templates/mc/*.mc; do
	roundtrip "$mc" "tpl-$(basename "$mc" .mc)"
	case $? in
	0) good=$((good + 1)); all=$((all + 1)) ;;
	1) all=$((all + 1)) ;;
	esac
done
diag "templates/mc: $good of $all round-trip"
for mc in "$SHARED"/corpus/*/*.mc "$top_srcdir"/tests/lint/cases/*-off*/host.mc; do
	[ -f "$mc" ] || continue
	dir=$(dirname "$mc")
	name=$(basename "$mc" .mc)
	[ "$name" = host ] && name=$(basename "$dir")
	w="$TMPDIR/$name"
	rm -rf "$w"; mkdir -p "$w"
	cp "$mc" "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null) || continue
	n=$((n + 1))
	if ! "$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/x.cf" \
	    2> "$w/err"; then
		not_ok "$name: migrate runs"
		sed 's/^/# /' "$w/err" | head -5
		continue
	fi
	(cd "$w" && "$ORACLE/mc2cf" y.mc > y.cf 2> y.err)
	awk -f "$decls" "$w/x.cf" | LC_ALL=C sort -u > "$w/want"
	awk -f "$decls" "$w/y.cf" | LC_ALL=C sort -u > "$w/got"
	check_files "$w/got" "$w/want" "$name: the migrated .mc declares what the original does"
done
[ $n -gt 0 ] || not_ok "some .mc compiled with the real cf kit"

# a hand-edited .cf
w="$TMPDIR/edited"
mkdir -p "$w"
cp "$SHARED/corpus/access-basic/access-basic.mc" "$w/x.mc"
(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null)
awk '/^SLocal_check_rcpt/ { print; print "R$* < @ spam.example . > $*\t$#error $@ 5.7.1 $: \"550 no\""; next }
     /^O MaxHopCount=/ { print "O MaxHopCount=40"; next }
     { print }' "$w/x.cf" > "$w/edited.cf"
grep -q 'MaxHopCount=40' "$w/edited.cf" || echo 'O MaxHopCount=40' >> "$w/edited.cf"
"$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/edited.cf" 2>/dev/null
if grep -q "define(\`confMAX_HOP', \`40')" "$w/y.mc"; then
	ok "edited: the changed option is kept"
else
	not_ok "edited: the changed option is kept"
fi
if grep -q 'spam.example' "$w/y.mc" && grep -q 'edited.cf:[0-9]*: rule of Local_check_rcpt' "$w/report"; then
	ok "edited: the extra rule is carried and reported with its line"
else
	not_ok "edited: the extra rule is carried and reported with its line"
	sed 's/^/# /' "$w/report"
fi
(cd "$w" && "$ORACLE/mc2cf" y.mc > y.cf 2>/dev/null)
awk -f "$decls" "$w/edited.cf" | LC_ALL=C sort -u > "$w/want"
awk -f "$decls" "$w/y.cf" | LC_ALL=C sort -u > "$w/got"
check_files "$w/got" "$w/want" "edited: the migrated .mc declares what the edited .cf does"
if grep -q 'spam.example' "$w/y.cf"; then
	ok "edited: the real cf kit writes the extra rule from the migrated .mc"
else
	not_ok "edited: the real cf kit writes the extra rule from the migrated .mc"
fi
finish
