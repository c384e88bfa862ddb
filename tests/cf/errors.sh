#!/bin/sh
# errors.sh -- diagnostics of the cf parser, byte for byte (caret lines
# included): tests/cf/err/NAME.cf must make `mailcf show --cf` exit 65
# (EX_DATAERR), print nothing on stdout, and print exactly NAME.err.
# One file holds many mistakes, so each test also checks that the parser
# recovers at the next line and reports them all.
. "$top_srcdir/tests/lib.sh"

cd "$top_srcdir/tests/cf/err" || exit 1
for cf in *.cf; do
	name=${cf%.cf}
	"$MAILCF" show --cf "$cf" > "$TMPDIR/out" 2> "$TMPDIR/err"
	rc=$?
	check_eq "$rc" 65 "$name: exits EX_DATAERR"
	if [ -s "$TMPDIR/out" ]; then
		not_ok "$name: prints nothing on stdout"
	else
		ok "$name: prints nothing on stdout"
	fi
	check_files "$TMPDIR/err" "$name.err" "$name: diagnostics as expected"
done

# a missing file and bad usage
"$MAILCF" show --cf "$TMPDIR/nonexistent.cf" > /dev/null 2> "$TMPDIR/err"
rc=$?
check_eq "$rc" 66 "a missing file exits EX_NOINPUT"
grep -q "nonexistent.cf: error: cannot open" "$TMPDIR/err" &&
	ok "and says which file" || not_ok "and says which file"
"$MAILCF" show > /dev/null 2>&1
check_eq "$?" 64 "show without --cf exits EX_USAGE"
"$MAILCF" show --help > "$TMPDIR/out" 2>&1
check_eq "$?" 0 "show --help exits 0"
grep -q "usage: mailcf show \\[--rules | --macros\\] --cf FILE" "$TMPDIR/out" &&
	ok "show --help prints the usage" || not_ok "show --help prints the usage"

# a binary file: errors stop at the limit, no crash
"$MAILCF" show --cf "$MAILCF" > /dev/null 2> "$TMPDIR/err"
check_eq "$?" 65 "a binary file exits EX_DATAERR"
check_eq "$(tail -1 "$TMPDIR/err")" "mailcf: too many errors (50), stopping" \
	"after 50 errors"

# warnings alone do not fail: an abbreviation is accepted with a warning
printf 'O ConnectionCacheTim=5m\n' > "$TMPDIR/w.cf"
"$MAILCF" show --cf "$TMPDIR/w.cf" > "$TMPDIR/out" 2> "$TMPDIR/err"
check_eq "$?" 0 "a warning alone exits 0"
check_eq "$(cat "$TMPDIR/out")" "O ConnectionCacheTimeout=5m" \
	"and the abbreviation is spelled out"
finish
