#!/bin/sh
# manpage.sh -- the worked examples of docs/mailcf-test.8 run as tests:
# every literal display that starts with "$ " is a command, the lines
# after it its exact output.  They run in a copy of the corpus case
# access-basic (its cf.expected as sendmail.cf), the setting the page
# describes.
. "$top_srcdir/tests/lib.sh"

# every option "mailcf test --help" lists is in "mailcf --help" and in
# the page's SYNOPSIS/OPTIONS too
"$MAILCF" --help > "$TMPDIR/help.top"
"$MAILCF" test --help > "$TMPDIR/help.test"
for opt in $(grep -o -- '--[a-z][a-z-]*' "$TMPDIR/help.test" | sort -u); do
	grep -q -- "$opt" "$TMPDIR/help.top" &&
	    ok "mailcf --help lists test's $opt" ||
	    not_ok "mailcf --help lists test's $opt"
	grep -q -- "$(printf '%s' "${opt#--}")" "$top_srcdir/docs/mailcf-test.8" &&
	    ok "mailcf-test(8) lists $opt" || not_ok "mailcf-test(8) lists $opt"
done

need_shared

page="$top_srcdir/docs/mailcf-test.8"
case_dir="$SHARED/corpus/access-basic"
[ -d "$case_dir" ] || skip_all "corpus case access-basic is absent"
work="$TMPDIR/ex"
mkdir -p "$work" "$TMPDIR/bin"
cp "$case_dir"/* "$work/"
cp "$case_dir/cf.expected" "$work/sendmail.cf"
ln -sf "$MAILCF" "$TMPDIR/bin/mailcf"

# split the page into ex.N.cmd / ex.N.want
awk -v dir="$TMPDIR" '
	/^\.Bd -literal/ { inblk = 1; first = 1; next }
	/^\.Ed/ { inblk = 0; cur = ""; next }
	inblk && first {
		first = 0
		if (substr($0, 1, 2) == "$ ") {
			n++
			cur = dir "/ex." n
			line = substr($0, 3)
			gsub(/\\e/, "\\", line)
			print line > (cur ".cmd")
			printf "" > (cur ".want")
		}
		next
	}
	inblk && cur != "" { line = $0; gsub(/\\e/, "\\", line); print line >> (cur ".want") }
	END { print n + 0 > (dir "/ex.count") }
' "$page"

n=$(cat "$TMPDIR/ex.count")
[ "$n" -ge 3 ] || not_ok "the page has at least 3 examples (found $n)"
i=1
while [ "$i" -le "$n" ]; do
	(cd "$work" && PATH="$TMPDIR/bin:$PATH" sh "$TMPDIR/ex.$i.cmd") \
	    > "$TMPDIR/ex.$i.got" 2>&1
	check_files "$TMPDIR/ex.$i.got" "$TMPDIR/ex.$i.want" \
	    "mailcf-test(8) example $i: $(cut -c1-60 "$TMPDIR/ex.$i.cmd")"
	i=$((i + 1))
done
finish
