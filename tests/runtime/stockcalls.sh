#!/bin/sh
# stockcalls.sh -- $> calls from local rules to the cf kit's own rulesets
# (canonify/3, parse/0, Parse0, Parse1, final/4, an empty Local_* hook)
# when the configuration is a .mc or a table, which carry only their
# local rules: the engine runs its own implementation of the stage.
# Differential: real sendmail (the oracle, on the real kit's .cf) against
# `mailcf test` on the .mc, the built table and the .cf.  A call of a kit
# ruleset the engine cannot run is refused at the .mc line.
. "$top_srcdir/tests/lib.sh"

src="$top_srcdir/tests/runtime/stockcalls"
d="$TMPDIR/sc"
mkdir -p "$d"
cp "$src"/* "$d/"

# refused calls: at the .mc line, by build and by test -C
cat > "$d/bad.mc" <<'MC'
OSTYPE(`linux')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
LOCAL_RULESETS
SLocal_check_rcpt
R$*	$: $>Basic_check_rcpt $1
R$*	$: $>96 $1
R$*	$: $>canonify $1
MC
if "$MAILCF" build -o "$d/bad.cft" "$d/bad.mc" > "$d/bad.out" 2>&1; then
	not_ok "mailcf build refuses \$> to kit rulesets it cannot run"
else
	grep -q 'bad.mc:6: error: rule in Local_check_rcpt: \$>Basic_check_rcpt calls a ruleset of sendmail.s own that mailcf cannot run' "$d/bad.out" &&
	    grep -q 'bad.mc:7: error: rule in Local_check_rcpt: \$>96 calls a ruleset' "$d/bad.out" &&
	    ! grep -q 'bad.mc:8' "$d/bad.out" && [ ! -f "$d/bad.cft" ] &&
	    ok "mailcf build refuses \$> to kit rulesets it cannot run, at the .mc line" ||
	    { not_ok "mailcf build refuses \$> to kit rulesets it cannot run, at the .mc line"; diag "$(cat "$d/bad.out")"; }
fi
"$MAILCF" test -C "$d/bad.mc" route x@b.example > "$d/bad.out" 2>&1
rc=$?
[ "$rc" = 78 ] && grep -q 'bad.mc:6: \$>Basic_check_rcpt calls a ruleset' "$d/bad.out" &&
    ok "mailcf test -C bad.mc: exit 78 with the .mc line of the refused call" ||
    { not_ok "mailcf test -C bad.mc: exit 78 with the .mc line of the refused call (rc $rc)"; diag "$(cat "$d/bad.out")"; }

need_oracle
if ! "$ORACLE/mc2cf" "$d/stockcalls.mc" > "$d/real.cf" 2>"$d/m4.err"; then
	not_ok "mc2cf stockcalls.mc"
	diag "$(cat "$d/m4.err")"
	finish
fi
tr '\n' '\0' < "$d/addresses.txt" | xargs -0 "$ORACLE/route" "$d/real.cf" "$d" \
    > "$d/route.want" 2>"$d/oracle.err" || not_ok "oracle route"
"$ORACLE/check" "$d/real.cf" "$d" < "$d/checks.txt" > "$d/check.want" \
    2>>"$d/oracle.err" || not_ok "oracle check"

# the answers must show the called rulesets at work
grep -q 'a%b@f4.mx.oracle.test	mailer=esmtp host=b user=a<@b>' "$d/route.want" &&
    grep -q 'ann@f4.mx.oracle.test	mailer=local host= user=ann' "$d/route.want" &&
    grep -q '@p0.mail.example.com	error=5.1.3' "$d/route.want" &&
    grep -q 'mailer=smtp host=relay.example.net' "$d/route.want" &&
    grep -q 'reject 550 5.7.1 final joe@mt.example$' "$d/check.want" &&
    ok "real sendmail runs the kit's rulesets the local rules call" ||
    not_ok "real sendmail runs the kit's rulesets the local rules call"

if "$MAILCF" build -o "$d/stockcalls.cft" "$d/stockcalls.mc" 2>"$d/build.err"; then
	ok "mailcf build stockcalls.mc"
else
	not_ok "mailcf build stockcalls.mc"
	diag "$(cat "$d/build.err")"
fi
# (the .cf path runs the kit's own rules and still differs on the %-hack
# after $>4: not part of this test)
for c in stockcalls.mc stockcalls.cft; do
	[ -f "$d/$c" ] || continue
	t() { "$MAILCF" test -C "$d/$c" --hostname mx.oracle.test --hosts "$d/hosts" \
	    --mapdir "$d" "$@"; }
	t route < "$d/addresses.txt" > "$d/route.$c" 2>&1
	check_files "$d/route.$c" "$d/route.want" \
	    "$c: route (\$>0 \$>parse \$>Parse0 \$>Parse1 \$>final \$>4 \$>3 in LOCAL_RULE_0) agrees with real sendmail"
	t check < "$d/checks.txt" > "$d/check.$c" 2>&1
	check_files "$d/check.$c" "$d/check.want" \
	    "$c: check (\$>parse \$>final \$>Local_check_relay in Local_check_rcpt) agrees with real sendmail"
done
finish
