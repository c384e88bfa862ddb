#!/bin/sh
# localrules.sh -- LOCAL_RULE_1, LOCAL_RULE_2 and LOCAL_RULE_3 run where
# the cf kit splices them in: ruleset 3's rules inside Canonify2 (after
# the [IP] and domaintable rules, before the UUCP/$=P/canonification
# rules), ruleset 1 for senders and 2 for recipients between ruleset 3
# and the mailer's ruleset.  The rules call regex maps (with and without
# -f), the access map, a hash map of their own (with %1), a ruleset of
# LOCAL_RULESETS and the kit's ruleset 3 ($>canonify in Local_check_mail).  Differential: real sendmail (the
# oracle, on the real kit's .cf) against `mailcf test` on the same .cf,
# on the .mc (our pipeline) and on the built table.
. "$top_srcdir/tests/lib.sh"
need_oracle

src="$top_srcdir/tests/runtime/localrules"
d="$TMPDIR/lr"
mkdir -p "$d"
cp "$src"/* "$d/"
if ! "$ORACLE/mc2cf" "$d/localrules.mc" > "$d/real.cf" 2>"$d/m4.err"; then
	not_ok "mc2cf localrules.mc"
	diag "$(cat "$d/m4.err")"
	finish
fi
tr '\n' '\0' < "$d/addresses.txt" | xargs -0 "$ORACLE/route" "$d/real.cf" "$d" \
    > "$d/route.want" 2>"$d/oracle.err" || not_ok "oracle route"
"$ORACLE/rewrite" "$d/real.cf" "$d" < "$d/rewrites.txt" > "$d/rw.want" \
    2>>"$d/oracle.err" || not_ok "oracle rewrite"
"$ORACLE/check" "$d/real.cf" "$d" < "$d/checks.txt" > "$d/check.want" \
    2>>"$d/oracle.err" || not_ok "oracle check"

# the answers must show the local rules at work, or the test proves nothing
grep -q 'host=new.example\. user=joe<@new.example\.>' "$d/route.want" &&
    grep -q 'fred+tag@q$' "$d/rw.want" && grep -q 'sam@moved.example$' "$d/rw.want" &&
    grep -q 'Carol.c@friend.example$' "$d/rw.want" &&
    grep -q 'reject 550 5.7.1 blocked sender joe$' "$d/check.want" &&
    ok "real sendmail runs the local rules of rulesets 1, 2 and 3" ||
    not_ok "real sendmail runs the local rules of rulesets 1, 2 and 3"

if "$MAILCF" build -o "$d/localrules.cft" "$d/localrules.mc" 2>"$d/build.err"; then
	ok "mailcf build localrules.mc"
else
	not_ok "mailcf build localrules.mc"
	diag "$(cat "$d/build.err")"
fi

for c in real.cf localrules.mc localrules.cft; do
	[ -f "$d/$c" ] || continue
	t() { "$MAILCF" test -C "$d/$c" --hostname mx.oracle.test --hosts "$d/hosts" \
	    --mapdir "$d" "$@"; }
	t route < "$d/addresses.txt" > "$d/route.$c" 2>&1
	check_files "$d/route.$c" "$d/route.want" \
	    "$c: route (LOCAL_RULE_3, domaintable) agrees with real sendmail"
	t rewrite < "$d/rewrites.txt" > "$d/rw.$c" 2>&1
	check_files "$d/rw.$c" "$d/rw.want" \
	    "$c: rewrite (LOCAL_RULE_1, LOCAL_RULE_2) agrees with real sendmail"
	t check < "$d/checks.txt" > "$d/check.$c" 2>&1
	check_files "$d/check.$c" "$d/check.want" \
	    "$c: check agrees with real sendmail"
done

# --explain names the rule that changed the address, at its .mc line
"$MAILCF" test -C "$d/localrules.mc" --hostname mx.oracle.test --hosts "$d/hosts" \
    --mapdir "$d" --explain route joe@oldhost.example > "$d/ex" 2>&1
line=$(grep -n 'Retired} >' "$d/localrules.mc" | cut -d: -f1)
grep -q "localrules.mc:$line: LOCAL_RULE_3 rule" "$d/ex" &&
    ok "--explain shows the LOCAL_RULE_3 rule and its .mc line" ||
    { not_ok "--explain shows the LOCAL_RULE_3 rule and its .mc line"; diag "$(cat "$d/ex")"; }
echo 'esmtp ER amy@gone.example' | "$MAILCF" test -C "$d/localrules.mc" \
    --hostname mx.oracle.test --hosts "$d/hosts" --mapdir "$d" --explain rewrite \
    > "$d/ex2" 2>&1
grep -q "domaintable:1: gone.example" "$d/ex2" && grep -q "FEATURE(domaintable)" "$d/ex2" &&
    ok "--explain names the domaintable entry that decided" ||
    { not_ok "--explain names the domaintable entry that decided"; diag "$(cat "$d/ex2")"; }

# build errors in local rules are reported at the .mc line
cat > "$d/bad.mc" <<'MC'
OSTYPE(`linux')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
LOCAL_RULE_0
R$* < @ b . example > $*	$: $(nosuchmap $1 $)
LOCAL_RULE_2
R$* < @ c . example > $*	$: $>NoSuchSet $1
MC
if "$MAILCF" build -o "$d/bad.cft" "$d/bad.mc" > "$d/bad.out" 2>&1; then
	not_ok "mailcf build refuses rules with an unknown map or ruleset"
else
	grep -q 'bad.mc:5: error: rule in LOCAL_RULE_0: unknown map "nosuchmap"' "$d/bad.out" &&
	    grep -q 'bad.mc:7: error: rule in LOCAL_RULE_2: unknown ruleset "NoSuchSet"' "$d/bad.out" &&
	    [ ! -f "$d/bad.cft" ] &&
	    ok "mailcf build refuses rules with an unknown map or ruleset, at the .mc line" ||
	    { not_ok "mailcf build refuses rules with an unknown map or ruleset, at the .mc line"; diag "$(cat "$d/bad.out")"; }
fi
"$MAILCF" test -C "$d/bad.mc" route x@b.example > "$d/bad.out" 2>&1
rc=$?
[ "$rc" = 78 ] && grep -q 'bad.mc:5: unknown map "nosuchmap"' "$d/bad.out" &&
    ok "mailcf test -C bad.mc: exit 78 with the .mc line" ||
    { not_ok "mailcf test -C bad.mc: exit 78 with the .mc line (rc $rc)"; diag "$(cat "$d/bad.out")"; }
finish
