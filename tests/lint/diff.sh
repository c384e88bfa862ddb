#!/bin/sh
# diff.sh -- mailcf diff between close variants of tests/lint/cases, as
# .mc files, compiled tables (.cft) and a mix of both: the exact output for
# a relay change and an option change, exit statuses as diff(1), and
# nothing for a file against itself.
. "$top_srcdir/tests/lib.sh"
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
c="$top_srcdir/tests/lint/cases"
cp -R "$c/R004-off" "$TMPDIR/old"
cp -R "$c/R004-on" "$TMPDIR/new"
cd "$TMPDIR" || exit 1
out=$("$MAILCF" diff --hostname mx.lint.test old/host.mc old/host.mc)
check_eq "$?:$out" "0:" "a configuration against itself: no output, exit 0"
"$MAILCF" diff --hostname mx.lint.test old/host.mc new/host.mc > got
check_eq "$?" 1 "different configurations: exit 1"
cat > want <<'EOW'
relaying:
- may relay: access connect:192.168.1 RELAY
+ may relay: access connect:1 RELAY
+ open relay (R001): client 1.7.7.7 (no PTR, no AUTH) may send from <> to <victim@relay-target.example>; check: 1.7.7.7 - <> victim@relay-target.example
EOW
check_files got want "a too-wide Connect: entry: who may now relay, and the open relay"
"$MAILCF" diff --hostname mx.lint.test new/host.mc old/host.mc > got
if grep -q '^- open relay (R001)' got; then ok "the reverse direction: the open relay is gone"
else not_ok "the reverse direction: the open relay is gone"; fi
cp -R "$c/O007-off" "$TMPDIR/o1"
cp -R "$c/O007-on" "$TMPDIR/o2"
"$MAILCF" diff --hostname mx.lint.test o1/host.mc o2/host.mc > got
printf 'options:\n- O MaxHopCount=40\n+ O MaxHopCount=25\n' > want
check_files got want "an option change"
# compiled tables (.cft, mailcf build), alone and mixed with a .mc: the
# same differences as between the .mc files they come from
for d in old new o1 o2; do
	"$MAILCF" build -o "$d/host.cft" "$d/host.mc" 2> "$d/build.err" ||
	    not_ok "mailcf build $d/host.mc"
done
"$MAILCF" diff --hostname mx.lint.test old/host.mc new/host.mc > want.mc
for pair in "old/host.cft new/host.cft" "old/host.mc new/host.cft" \
    "old/host.cft new/host.mc"; do
	# shellcheck disable=SC2086
	"$MAILCF" diff --hostname mx.lint.test $pair > got
	check_eq "$?" 1 "diff $pair: exit 1"
	check_files got want.mc "diff $pair: the relay difference, as between the .mc files"
done
"$MAILCF" diff --hostname mx.lint.test new/host.cft old/host.cft > got
if grep -q '^- open relay (R001)' got && grep -q '^+ may relay: access connect:192.168.1 RELAY' got
then ok ".cft reverse direction: the open relay is gone, the narrow grant is back"
else not_ok ".cft reverse direction: the open relay is gone, the narrow grant is back"; sed 's/^/# /' got; fi
"$MAILCF" diff --hostname mx.lint.test o1/host.cft o2/host.mc > got
printf 'options:\n- O MaxHopCount=40\n+ O MaxHopCount=25\n' > want
check_files got want "an option change, .cft against .mc"
out=$("$MAILCF" diff --hostname mx.lint.test o1/host.mc o1/host.cft)
check_eq "$?:$out" "0:" "a .mc against its own table: no output, exit 0"
echo 'not a table' > bad.cft
"$MAILCF" diff o1/host.mc bad.cft > /dev/null 2> err
check_eq "$?" 2 "a .cft that is not a table: exit 2"
if grep -q 'bad.cft' err; then ok "the bad table is named"
else not_ok "the bad table is named"; fi
"$MAILCF" diff o1/host.mc nonexistent.mc > /dev/null 2>&1
check_eq "$?" 2 "a missing file: exit 2"
finish
