#!/bin/sh
# example.sh -- README's first command: examples/run compiles the example
# host.mc with `mailcf build`, shows the table, builds the maps and asks
# the policy engine; it must run to the end.  Then the questions it asks
# go to real sendmail 8.17 too (../shared/oracle, on the cf kit's
# sendmail.cf for the same host.mc and the same map sources): the table
# must answer as sendmail does.
. "$top_srcdir/tests/lib.sh"

MAILCF_BUILD=$top_builddir sh "$top_srcdir/examples/run" > "$TMPDIR/run.out" 2>&1
rc=$?
check_eq "$rc" 0 "examples/run runs to the end"
for step in "== mailcf build host.mc" "== mailcf show host.cft" \
    "== makemap hash access < access" "== mailcf test -C host.cft route" \
    "== mailcf test -C host.cft check"; do
	grep -qF -- "$step" "$TMPDIR/run.out" && ok "it shows: $step" ||
		not_ok "it shows: $step"
done
grep -q '^@feature	access_db' "$TMPDIR/run.out" &&
    ok "show of the table lists the .mc's features" ||
    not_ok "show of the table lists the .mc's features"

need_oracle
d="$TMPDIR/etc"
mkdir -p "$d"
cp "$top_srcdir"/examples/etc-mail/* "$d/"
# the run's "DNS", as examples/run writes it
sed -n '/^cat > hosts <<.HOSTS.$/,/^HOSTS$/p' "$top_srcdir/examples/run" |
    sed '1d;$d' > "$d/hosts"
sed -n "/^t route /,/[^\\\\]\$/p" "$top_srcdir/examples/run" |
    tr -d '\\\n' | sed 's/^t route //' | tr ' \t' '\n\n' | grep -v '^$' > "$d/addresses"
sed -n '/^t check <<.CHECKS.$/,/^CHECKS$/p' "$top_srcdir/examples/run" |
    sed '1d;$d' > "$d/checks"
[ -s "$d/hosts" ] && [ -s "$d/addresses" ] && [ -s "$d/checks" ] &&
    ok "the example's questions are found in examples/run ($(wc -l < "$d/addresses") routes, $(wc -l < "$d/checks") checks)" ||
    not_ok "the example's questions are found in examples/run"
"$MAILCF" build -o "$TMPDIR/host.cft" "$d/host.mc"
(cd "$d" && "$ORACLE/mc2cf" host.mc > "$TMPDIR/host.cf" 2>/dev/null)
t() {
	"$MAILCF" test -C "$TMPDIR/host.cft" --hostname mx.oracle.test \
	    --hosts "$d/hosts" --mapdir "$d" "$@"
}
# shellcheck disable=SC2046
t route $(cat "$d/addresses") > "$TMPDIR/ours.route" 2>&1
"$ORACLE/route" "$TMPDIR/host.cf" "$d" $(cat "$d/addresses") > "$TMPDIR/want.route" 2>&1
check_eq "$(grep -c '	mailer=\|	error=' "$TMPDIR/want.route")" \
    "$(wc -l < "$d/addresses")" "real sendmail answers every route"
check_files "$TMPDIR/ours.route" "$TMPDIR/want.route" \
    "the example's routes are real sendmail's"
t check < "$d/checks" > "$TMPDIR/ours.check" 2>&1
"$ORACLE/check" "$TMPDIR/host.cf" "$d" < "$d/checks" > "$TMPDIR/want.check" 2>&1
check_eq "$(grep -c '	accept$\|	reject \|	tempfail \|	discard' "$TMPDIR/want.check")" \
    "$(wc -l < "$d/checks")" "real sendmail answers every check"
check_files "$TMPDIR/ours.check" "$TMPDIR/want.check" \
    "the example's checks are real sendmail's"
finish
