#!/bin/sh
# aliases-oracle.sh -- differential test of newaliases and praliases
# against real sendmail 8.17 (`sendmail -bi`, praliases) on generated
# alias files with tricky entries: the messages, the summary line, the
# exit status and praliases' output (sorted: Berkeley DB's hash order is
# not ours) must be the same.
. "$top_srcdir/tests/lib.sh"
need_oracle
need_gnu_m4
SM="$ORACLE_PREFIX/root/usr/libexec/sendmail/sendmail"
PR="$ORACLE_PREFIX/root/usr/libexec/sendmail/praliases"
[ -x "$SM" ] && [ -x "$PR" ] || skip_all "real sendmail missing in $ORACLE_PREFIX"
command -v unshare >/dev/null || skip_all "unshare (util-linux) missing"
GEN="perl $top_srcdir/tests/maps/gen.pl"
RUN="sh $top_srcdir/tests/maps/oracle-bi.sh"
N=${ALIASES_ORACLE_N:-20000}

mkdir -p w/q
chmod 755 w
printf 'OSTYPE(`linux'"'"')dnl\nMAILER(`local'"'"')dnl\nMAILER(`smtp'"'"')dnl\n' > w/t.mc
(cd w && "$ORACLE/mc2cf" t.mc > t.cf) || skip_all "mc2cf failed"
$RUN w true || skip_all "cannot run commands in a private namespace"

SMOPTS="-C /srv/t.cf -O QueueDirectory=/srv/q -O ServiceSwitchFile=/srv/service.switch"

# compare LABEL FILE: both tools on w/FILE
compare() {
	label=$1 f=$2
	$RUN w "$SM" $SMOPTS -O "AliasFile=/srv/$f" -bi > real.out 2>&1
	rs=$?
	$RUN w "$PR" -C /srv/t.cf -f "/srv/$f" > real.pr 2>&1
	$RUN w "$NEWALIASES" -C /srv/t.cf -O "AliasFile=/srv/$f" > ours.out 2>&1
	os=$?
	$RUN w "$PRALIASES" -C /srv/t.cf -f "/srv/$f" > ours.pr 2>&1
	check_eq "$os" "$rs" "$label: exit status"
	check_files ours.out real.out "$label: messages and summary line"
	sort real.pr > real.prs
	sort ours.pr > ours.prs
	check_files ours.prs real.prs "$label: praliases output (sorted)"
}

$GEN aliases "$N" 5 > w/aliases
compare "generated $N" aliases
n=$(wc -l < ours.prs)
[ "$n" -gt 1000 ] && ok "praliases printed $n entries" || not_ok "praliases printed $n entries"

# key lookups: as typed, then with the NUL; case matters
keys=$(awk -F: 'NR % 97 == 0 { print $1 }' ours.prs | head -20)
$RUN w "$PR" -f /srv/aliases $keys Root POSTMASTER postmaster @ nosuchkey > real.k 2>&1
$RUN w "$PRALIASES" -f /srv/aliases $keys Root POSTMASTER postmaster @ nosuchkey > ours.k 2>&1
check_files ours.k real.k "praliases KEY... lookups"

# small hand-written cases
printf 'a: b\nA: c\nroot: x\n' > w/small
compare "duplicates (later wins)" small
printf '# c\n\n  stray\nx: y\n\tz\nq: "|/bin/cat -n", /tmp/f, \\\n :include:/etc/l\n' > w/cont
compare "continuations" cont
printf 'nocolon\n: nolhs\nempty:\nu@other.example: x\nu@localhost: y\nu@mx.oracle.test: z\n"Quoted Name": q\nFirst Last: fl\nc (comment): d\n"unbal: x\n' > w/errs
compare "errors and LHS forms" errs
printf 'last: no newline' > w/noeol
compare "no final newline" noeol
: > w/empty
compare "empty file" empty
perl -e 'print "long: ", "x" x 9000, "\nok: y\n cont: " . ("y" x 8190) . "\nz: w\n"' > w/long
compare "over-long lines" long

# a missing alias file: message, exit 0, no database
$RUN w "$SM" $SMOPTS -O AliasFile=/srv/missing -bi > real.out 2>&1; rs=$?
$RUN w "$NEWALIASES" -O AliasFile=/srv/missing > ours.out 2>&1; os=$?
check_eq "$os" "$rs" "missing file: exit status"
check_files ours.out real.out "missing file: message"
finish
