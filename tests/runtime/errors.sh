#!/bin/sh
# errors.sh -- `mailcf test` on bad input: a clear message naming the file
# (and line), a sysexits.h status, never a crash; --help works.
. "$top_srcdir/tests/lib.sh"

"$MAILCF" test --help > "$TMPDIR/help" 2>&1
check_eq "$?" 0 "test --help exits 0"
grep -q 'route ADDR' "$TMPDIR/help" && ok "--help shows the modes" ||
    not_ok "--help shows the modes"

"$MAILCF" test -C "$TMPDIR/nonexistent.cf" route a@b > "$TMPDIR/out" 2>&1
check_eq "$?" 78 "a missing configuration exits EX_CONFIG"
grep -q "nonexistent.cf" "$TMPDIR/out" && ok "the message names the file" ||
    { not_ok "the message names the file"; diag "$(cat "$TMPDIR/out")"; }

"$MAILCF" test route a@b > /dev/null 2>&1
check_eq "$?" 64 "no -C is a usage error"
printf 'Cwlocalhost\n' > "$TMPDIR/x.cf"
"$MAILCF" test -C "$TMPDIR/x.cf" frobnicate > "$TMPDIR/out" 2>&1
check_eq "$?" 64 "an unknown mode is a usage error"

# a class file that must exist (no -o) and does not: file:line
printf 'Cwlocalhost\nFw/etc/mail/local-host-names\n' > "$TMPDIR/cw.cf"
mkdir -p "$TMPDIR/maps"
"$MAILCF" test -C "$TMPDIR/cw.cf" --mapdir "$TMPDIR/maps" --hosts /dev/null \
    route a@b > "$TMPDIR/out" 2>&1
check_eq "$?" 78 "a missing class file exits EX_CONFIG"
grep -q "cw.cf:2: fileclass: cannot open" "$TMPDIR/out" &&
    ok "the message gives cf file:line" ||
    { not_ok "the message gives cf file:line"; diag "$(cat "$TMPDIR/out")"; }

# malformed check lines: reported with their line, the others answered
printf 'Cwlocalhost\nDjmx.test\nMesmtp, P=[IPC]\n' > "$TMPDIR/m.cf"
printf '# comment\n1.2.3.4 only-two\n127.0.0.1 localhost a@b c@d\n' |
    "$MAILCF" test -C "$TMPDIR/m.cf" --hostname mx.test --hosts /dev/null \
    check > "$TMPDIR/out" 2>"$TMPDIR/err"
check_eq "$?" 65 "a malformed check line exits EX_DATAERR"
grep -q '<stdin>:2: expected' "$TMPDIR/err" && ok "it names the input line" ||
    { not_ok "it names the input line"; diag "$(cat "$TMPDIR/err")"; }
check_eq "$(cut -f2 "$TMPDIR/out")" "accept" "the good line is still answered"

# hostile input does not crash: long, odd and unbalanced addresses
long=$(head -c 3000 /dev/zero | tr '\0' 'a')
"$MAILCF" test -C "$TMPDIR/m.cf" --hostname mx.test --hosts /dev/null route \
    "$long@x" '<<<' '>>>' '@' '""' '"unterminated' 'a@[1.2' '@@@' ',' \
    'a!b!c' '%' 'x%y%z' '<@a,@b:c@d>' ':;' 'a@b.' '...' > "$TMPDIR/out" 2>&1
check_eq "$?" 0 "odd addresses are answered, not crashed on"
check_eq "$(wc -l < "$TMPDIR/out" | tr -d " ")" 16 "one answer per address"
finish
