#!/bin/sh
# natives.sh -- the templates' natives (compiler/tplnative.c: their
# bookkeeping macros run in C) change nothing but the speed:
#   - for the edge cases of tests/templates/natives/ (quotes in values,
#     one-argument defines, other quotes, helpers redefined by the .mc),
#     mailcf m4 --template-natives writes GNU m4's IR and diagnostics;
#   - they are really used: mailcf build on a corpus-like .mc runs them,
#     and the table is the same as with MAILCF_NATIVE=off;
#   - a template whose body differs from the one a native stands for is
#     expanded by m4 (the native is not used).
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
. "$top_srcdir/tests/templates/run-templates.sh"
[ -x "${MAILCF:-}" ] || skip_all "mailcf is not built"
export MAILCF_TEMPLATES="$TPL"

for mc in "$top_srcdir"/tests/templates/natives/*.mc; do
	name=natives/$(basename "$mc")
	USE_MAILCF_M4=
	mc2ir "$mc" > "$TMPDIR/gnu" 2> "$TMPDIR/gnu.err"
	USE_MAILCF_M4=1
	mc2ir "$mc" > "$TMPDIR/plain" 2> "$TMPDIR/plain.err"
	USE_MAILCF_M4=natives
	export MAILCF_NATIVE_STATS=1
	mc2ir "$mc" > "$TMPDIR/ours" 2> "$TMPDIR/ours.err"
	unset MAILCF_NATIVE_STATS
	USE_MAILCF_M4=
	runs=$(sed -n 's/^mailcf: \([0-9]*\) native macro runs$/\1/p' "$TMPDIR/ours.err")
	sed -i '/^mailcf: [0-9]* native macro runs$/d' "$TMPDIR/ours.err"
	# the IR is GNU m4's; the diagnostics those of plain mailcf m4
	# (the wording of a warning is ours, not GNU m4's)
	if cmp -s "$TMPDIR/gnu" "$TMPDIR/ours" &&
	    cmp -s "$TMPDIR/plain.err" "$TMPDIR/ours.err"; then
		ok "$name: with natives ($runs runs), GNU m4's IR and the same diagnostics"
	else
		not_ok "$name: with natives, not GNU m4's IR or other diagnostics"
		diff "$TMPDIR/gnu" "$TMPDIR/ours" | head -10 | sed 's/^/# /'
		diff "$TMPDIR/plain.err" "$TMPDIR/ours.err" | head -5 | sed 's/^/# /'
	fi
done

# used by mailcf build, same table as without
mc="$TMPDIR/host.mc"
printf '%s\n' "OSTYPE(\`linux')dnl" "DOMAIN(\`generic')dnl" \
    "define(\`confDOMAIN_NAME', \`mail.example')dnl" \
    "define(\`confMAX_HOP', \`30')dnl" "FEATURE(\`access_db')dnl" \
    "MAILER(\`local')dnl" "MAILER(\`smtp')dnl" > "$mc"
MAILCF_NATIVE_STATS=1 "$MAILCF" build -o "$TMPDIR/on.cft" "$mc" 2> "$TMPDIR/on.err"
MAILCF_NATIVE=off MAILCF_NATIVE_STATS=1 "$MAILCF" build -o "$TMPDIR/off.cft" "$mc" 2> "$TMPDIR/off.err"
runs=$(sed -n 's/^mailcf: \([0-9]*\) native macro runs$/\1/p' "$TMPDIR/on.err")
if [ "${runs:-0}" -gt 0 ]; then
	ok "mailcf build runs the natives ($runs runs)"
else
	not_ok "mailcf build ran no native"
	sed 's/^/# /' "$TMPDIR/on.err"
fi
if [ ! -s "$TMPDIR/off.err" ]; then
	ok "MAILCF_NATIVE=off runs none"
else
	not_ok "MAILCF_NATIVE=off still ran natives"
	sed 's/^/# /' "$TMPDIR/off.err"
fi
if cmp -s "$TMPDIR/on.cft" "$TMPDIR/off.cft"; then
	ok "the table is the same with and without natives"
else
	not_ok "natives change the table"
fi

# a changed body is not run natively: the define hook with one space less
# (the same meaning: m4 skips an argument's leading blanks)
cp -R "$TPL" "$TMPDIR/tpl"
chmod -R u+w "$TMPDIR/tpl"
sed -i 's/ifelse(\$#, 0, ``define/ifelse($#,0, ``define/' "$TMPDIR/tpl/lib/main.m4"
if cmp -s "$TPL/lib/main.m4" "$TMPDIR/tpl/lib/main.m4"; then
	not_ok "could not change the define hook's body in a copy of the templates"
else
	MAILCF_TEMPLATES="$TMPDIR/tpl" MAILCF_FROZEN=off MAILCF_NATIVE_STATS=1 \
	    "$MAILCF" build -o "$TMPDIR/chg.cft" "$mc" 2> "$TMPDIR/chg.err"
	MAILCF_TEMPLATES="$TMPDIR/tpl" MAILCF_FROZEN=off MAILCF_NATIVE=off \
	    "$MAILCF" build -o "$TMPDIR/chgoff.cft" "$mc"
	chg=$(sed -n 's/^mailcf: \([0-9]*\) native macro runs$/\1/p' "$TMPDIR/chg.err")
	if [ "${chg:-0}" -lt "$runs" ] && cmp -s "$TMPDIR/chg.cft" "$TMPDIR/chgoff.cft"; then
		ok "a changed hook body is expanded by m4 ($chg runs instead of $runs), same table"
	else
		not_ok "changed hook body: $chg runs (was $runs) or another table"
		sed 's/^/# /' "$TMPDIR/chg.err"
	fi
fi
finish
