#!/bin/sh
# roundtrip.sh -- `mailcf migrate` on sendmail.cf files written by REAL
# sendmail's cf kit: for every .mc of the shared corpus and of the test
# suite (tests/templates/mc: hacks, MSP, queue groups, mailer flag edits;
# tests/lint/cases, tests/cf/mc, tests/m4/mc, tests/runtime, the
# workflow's starter files; the kit-error cases are skipped when the real
# kit refuses them), ../shared/oracle/mc2cf x.mc | mailcf migrate gives
# y.mc, and
#   - the real cf kit compiles y.mc without an error when it compiled x.mc
#     without one,
#   - the declarations (O D C F K M H P T V E Q X lines, canonical order,
#     tests/cf/decls.awk; a class line's words one per line) the real cf
#     kit writes for y.mc equal those it writes for x.mc.
# A .mc listed in tests/migrate/known-differences (with the reason) must
# still differ: the test fails when it starts to agree.
# Then a hand-edited .cf: an extra rule and a changed option must survive
# the migration and be in the report.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
decls() {	# decls FILE.cf: its declarations, a class word per line
	awk -f "$top_srcdir/tests/cf/decls.awk" "$1" |
	    awk '/^C/ {
		    if (substr($1, 2, 1) == "{") {
			    i = index($1, "}"); head = substr($1, 1, i)
			    first = substr($1, i + 1)
		    } else { head = substr($1, 1, 2); first = substr($1, 3) }
		    if (first != "") print head first
		    for (k = 2; k <= NF; k++) print head $k
		    next }
		{ print }' | LC_ALL=C sort -u
}
# irnorm: `mailcf show' canonical IR with the source locations (@loc
# lines) dropped, a continuation line joined to its line, a ruleset (S
# line and its rules, in order) one record; the records sorted, as the
# order of the .mc's lines differs after the migration
irnorm() {
	awk 'function flush() { if (rec != "") print rec; rec = "" }
	    /^@loc\t/ { next }
	    /^\t/ { rec = rec "\\n" $0; next }
	    /^R/ && inrs { rec = rec "\\n" $0; next }
	    { flush(); inrs = ($0 ~ /^S/); rec = $0 }
	    END { flush() }' | LC_ALL=C sort
}
known="$top_srcdir/tests/migrate/known-differences"
showknown="$top_srcdir/tests/migrate/show-differences"
shown=
n=0
t=$top_srcdir
for mc in "$SHARED"/corpus/*/*.mc "$t"/tests/templates/mc/*.mc \
    "$t"/tests/lint/cases/*/host.mc "$t"/tests/cf/mc/*.mc \
    "$t"/tests/m4/mc/*.mc "$t"/tests/runtime/mc/*.mc \
    "$t"/tests/runtime/features/*.mc "$t"/tests/runtime/localrules/*.mc \
    "$t"/examples/workflow/*.mc "$t"/tests/build/kiterr/*.mc \
    "$t"/tests/templates/err/*.mc "$t"/tests/migrate/mc/*.mc; do
	[ -f "$mc" ] || continue
	dir=$(dirname "$mc")
	name=$(basename "$mc" .mc)
	case $dir in
	"$SHARED"/corpus/*|"$t"/tests/templates/mc) ;;
	"$t"/tests/lint/cases/*) name=$(basename "$dir") ;;
	*) name=$(echo "${dir#"$t"/}" | tr / -)-$name ;;
	esac
	w="$TMPDIR/$name"
	rm -rf "$w"; mkdir -p "$w"
	cp "$mc" "$w/x.mc"
	# the real kit must take it (error cases are broken on purpose)
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2> x.err) || continue
	n=$((n + 1))
	if ! "$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/x.cf" \
	    2> "$w/err"; then
		not_ok "$name: migrate runs"
		sed 's/^/# /' "$w/err" | head -5
		continue
	fi
	if (cd "$w" && "$ORACLE/mc2cf" y.mc > y.cf 2> y.err); then
		ok "$name: the real cf kit takes the migrated .mc"
	else
		not_ok "$name: the real cf kit takes the migrated .mc"
		sed 's/^/# /' "$w/y.err" | head -5
	fi
	decls "$w/x.cf" > "$w/want"
	decls "$w/y.cf" > "$w/got"
	why=$(awk -F '\t' -v n="$name" '$1 == n { print $2 }' "$known")
	if [ -z "$why" ]; then
		check_files "$w/got" "$w/want" \
		    "$name: the migrated .mc declares what the original does"
	elif cmp -s "$w/got" "$w/want"; then
		not_ok "$name: listed in known-differences but now round-trips (remove the line)"
	else
		ok "$name: known difference: $why"
	fi
	# and mailcf's own compiler: `mailcf show --cf' (declarations) of
	# y.mc equals that of x.mc, and so does the whole `mailcf show'
	# (canonical IR) but for what tests/migrate/show-differences lists
	(cd "$w" && "$MAILCF" show --cf x.mc > xd.cf 2> xd.err) ||
	    { skip "$name: mailcf refuses x.mc: $(head -1 "$w/xd.err")"; continue; }
	if (cd "$w" && "$MAILCF" show --cf y.mc > yd.cf 2> yd.err); then
		decls "$w/xd.cf" > "$w/xd"
		decls "$w/yd.cf" > "$w/yd"
		check_files "$w/yd" "$w/xd" \
		    "$name: mailcf show --cf of the migrated .mc equals the original's"
	else
		not_ok "$name: mailcf compiles the migrated .mc"
		sed 's/^/# /' "$w/yd.err" | head -5
		continue
	fi
	(cd "$w" && "$MAILCF" show x.mc 2>/dev/null) | irnorm > "$w/xir"
	(cd "$w" && "$MAILCF" show y.mc 2>/dev/null) | irnorm > "$w/yir"
	why=$(awk -F '\t' -v n="$name" '$1 == n { print $2 }' "$showknown")
	if [ -z "$why" ]; then
		check_files "$w/yir" "$w/xir" \
		    "$name: mailcf show of the migrated .mc equals the original's"
	elif cmp -s "$w/yir" "$w/xir"; then
		not_ok "$name: listed in show-differences but mailcf show now agrees (remove the line)"
	else
		ok "$name: known mailcf show difference: $why"
	fi
	shown="$shown $name"
done
[ $n -gt 40 ] || not_ok "more than 40 .mc compiled with the real cf kit (got $n)"
while IFS='	' read -r kname kwhy; do
	case $kname in ''|'#'*) continue ;; esac
	case " $shown " in
	*" $kname "*) ok "show difference $kname is still tested" ;;
	*) not_ok "show difference $kname is not among the .mc files compared" ;;
	esac
done < "$showknown"
# every listed name must still exist
while IFS='	' read -r kname kwhy; do
	case $kname in ''|'#'*) continue ;; esac
	if [ -d "$TMPDIR/$kname" ]; then
		ok "known difference $kname is still tested"
	else
		not_ok "known difference $kname is not among the .mc files tested"
	fi
done < "$known"

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
decls "$w/edited.cf" > "$w/want"
decls "$w/y.cf" > "$w/got"
check_files "$w/got" "$w/want" "edited: the migrated .mc declares what the edited .cf does"
if grep -q 'spam.example' "$w/y.cf"; then
	ok "edited: the real cf kit writes the extra rule from the migrated .mc"
else
	not_ok "edited: the real cf kit writes the extra rule from the migrated .mc"
fi
finish
