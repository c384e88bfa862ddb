#!/bin/sh
# macros-oracle.sh -- D values as sendmail reads them (quotes, backslashes,
# blanks): a real cf plus tricky D lines; `mailcf show --macros` must give
# the values real sendmail 8.17 prints for $X in -bt mode.
. "$top_srcdir/tests/lib.sh"
need_oracle

base="$SHARED/corpus/linux-basic/cf.expected"
[ -f "$base" ] || skip_all "no corpus cf"
tab=$(printf '\t')
cp "$base" "$TMPDIR/t.cf"
cat >> "$TMPDIR/t.cf" <<EOT
DAplain value
DBfoo "bar  baz" \\"q\\" x\\\\y
DC"unterminated  quote
D{Lead}  two blanks first
D{Trail}two blanks after  
D{Tab}a${tab}b
D{Esc}\\a\\b\\c\\"
D{Empty}
D{Quoted}"a, b" , "" c
D{Multi}first
${tab}second
D{Ctl}\\n\\r\\t\\f\\b\\x\\\\ end \\\\by
EOT
names="A B C Lead Trail Tab Esc Empty Quoted Multi Ctl"

"$MAILCF" show --macros --cf "$TMPDIR/t.cf" > "$TMPDIR/ours" 2> "$TMPDIR/err"
check_eq "$?" 0 "mailcf show --macros reads it"
mkdir "$TMPDIR/maps"
for n in $names; do
	if [ ${#n} = 1 ]; then echo "\$$n"; else echo "\${$n}"; fi
done > "$TMPDIR/queries"
"$ORACLE/bt" "$TMPDIR/t.cf" "$TMPDIR/maps" < "$TMPDIR/queries" > "$TMPDIR/bt" 2>&1
# answers follow the "> " prompts, one per query (a value may span lines)
awk 'f { print } /^Enter <ruleset>/ { f = 1 }' "$TMPDIR/bt" |
    sed 's/^> //' > "$TMPDIR/theirs.raw"
i=0
for n in $names; do
	i=$((i + 1))
	# sendmail -bt shows newline, CR, TAB as \n \r \t and drops
	# backspace and form feed: so does this view of our \b \f
	got=$(awk -F "$tab" -v n="$n" '$1 == n { sub(/^[^\t]*\t/, "");
	    out = ""
	    for (k = 1; k <= length($0); k++) {
		c = substr($0, k, 1)
		if (c != "\\") { out = out c; continue }
		d = substr($0, ++k, 1)
		if (d == "\\") out = out "\\"
		else if (d != "b" && d != "f") out = out "\\" d
	    }
	    print out }' "$TMPDIR/ours")
	want=$(sed -n "${i}p" "$TMPDIR/theirs.raw")
	check_eq "$got" "$want" "D$n: the value sendmail reads"
done
finish
