#!/bin/sh
# stockrules.sh -- `mailcf migrate` finds rules added by hand inside the
# cf kit's own rulesets (Parse0, canonify=3, Parse1, check_rcpt,
# Basic_check_relay, ...) with compiler/lintstock.c, the digests of the
# rules the REAL kit writes: each edit is reported with its .cf line,
# carried into the .mc (LOCAL_RULE_n, LOCAL_NET_CONFIG, LOCAL_RULESETS), and the real cf kit writes it back from the migrated
# .mc.  A cf the kit wrote (every .mc of the shared corpus), unedited,
# reports none.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
n=0
for mc in "$SHARED"/corpus/*/*.mc; do
	[ -f "$mc" ] || continue
	name=$(basename "$mc" .mc)
	w="$TMPDIR/clean-$name"
	mkdir -p "$w"
	cp "$mc" "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null) || continue
	n=$((n + 1))
	"$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/x.cf" 2>/dev/null
	if grep -q 'cf kit does not write' "$w/report"; then
		not_ok "$name: an unedited cf has no hand-added stock rule"
		grep 'cf kit does not write' "$w/report" | head -3 | sed 's/^/# /'
	else
		ok "$name: an unedited cf has no hand-added stock rule"
	fi
done
[ $n -gt 5 ] || not_ok "the corpus has .mc files the real kit compiles (got $n)"
# the test suite's templates: those listed in stock-reported (with why)
# must report some, the others none
listed="$top_srcdir/tests/migrate/stock-reported"
for mc in "$top_srcdir"/tests/templates/mc/*.mc; do
	name=$(basename "$mc" .mc)
	w="$TMPDIR/tpl-$name"
	mkdir -p "$w"
	cp "$mc" "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null) || continue
	"$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/x.cf" 2>/dev/null
	c=$(grep -c 'cf kit does not write' "$w/report")
	why=$(awk -F '\t' -v n="$name" '$1 == n { print $2 }' "$listed")
	if [ -z "$why" ] && [ "$c" -eq 0 ]; then
		ok "$name: an unedited cf has no hand-added stock rule"
	elif [ -z "$why" ]; then
		not_ok "$name: an unedited cf has no hand-added stock rule"
		grep 'cf kit does not write' "$w/report" | head -3 | sed 's/^/# /'
	elif [ "$c" -gt 0 ]; then
		ok "$name: $c rule(s) reported: $why"
	else
		not_ok "$name: listed in stock-reported but reports none (remove the line)"
	fi
done

# edit RULESET-LINE RULE HOOK: insert RULE after the S line, migrate,
# check the report, the .mc and the real kit's output
edit() {
	set_name=$1 rule=$2 hook=$3 base=$4
	w="$TMPDIR/edit-$(echo "$set_name" | tr -c 'A-Za-z0-9\n' _)-$(basename "$base" .mc)"
	mkdir -p "$w"
	cp "$base" "$w/x.mc"
	(cd "$w" && "$ORACLE/mc2cf" x.mc > x.cf 2>/dev/null)
	awk -v s="$set_name" -v r="$rule" '
	    { print } $0 == s && !done { print r; done = 1; line = NR + 1 }
	    END { if (!done) exit 1 }' "$w/x.cf" > "$w/edited.cf" || {
		not_ok "$set_name: the base cf has that ruleset"; return; }
	line=$(grep -n -F -x -- "$rule" "$w/edited.cf" | head -1 | cut -d: -f1)
	"$MAILCF" migrate -o "$w/y.mc" --report "$w/report" "$w/edited.cf" \
	    2>/dev/null
	what="${set_name#S}: a rule added by hand"
	if grep -q "edited.cf:$line: rule of .* carried as $hook" "$w/report"
	then ok "$what is reported with its line ($line) as $hook"
	else
		not_ok "$what is reported with its line ($line) as $hook"
		sed 's/^/# /' "$w/report" | head -5
	fi
	if grep -q -F -- "$rule" "$w/y.mc"; then
		ok "$what is carried into the .mc"
	else
		not_ok "$what is carried into the .mc"
	fi
	if (cd "$w" && "$ORACLE/mc2cf" y.mc > y.cf 2> y.err) &&
	    grep -q -F -- "$rule" "$w/y.cf"; then
		ok "$what: the real cf kit writes it from the migrated .mc"
	else
		not_ok "$what: the real cf kit writes it from the migrated .mc"
		sed 's/^/# /' "$w/y.err" | head -3
	fi
	c=$(grep -c 'cf kit does not write' "$w/report")
	case $set_name in
	SLocal_*) check_eq "$c" 0 "$what: a hook's rule is the site's, not a stock one" ;;
	*) check_eq "$c" 1 "$what: the only stock rule reported" ;;
	esac
}
b1="$SHARED/corpus/access-basic/access-basic.mc"
b2=$(ls "$SHARED"/corpus/*/*.mc | grep -v access-basic | head -1)
R='R$* < @ spam.example . > $*	$#error $@ 5.7.1 $: "550 no"'
edit "SParse0" 'R$* < @ old.example . > $*	$: $1 < @ new.example . > $2' LOCAL_RULE_0 "$b1"
edit "Scanonify=3" 'R$* < @ oldname > $*	$1 < @ newname > $2' LOCAL_RULE_3 "$b1"
edit "SParse1" 'R$* < @ $* .lab. > $*	$#esmtp $@ [10.1.2.3] $: $1 < @ $2 .lab. > $3' LOCAL_NET_CONFIG "$b2"
edit "SBasic_check_rcpt" "$R" "LOCAL_RULESETS in Local_check_rcpt" "$b1"
edit "SBasic_check_relay" 'R$* $| $* .bad.example	$#error $@ 5.7.1 $: "550 bad client"' "LOCAL_RULESETS in Local_check_relay" "$b2"
edit "SLocal_check_rcpt" "$R" "LOCAL_RULESETS" "$b2"
edit "SMasqHdr=93" 'R$* < @ lab . $m . > $*	$1 < @ $m . > $2' "LOCAL_RULESETS in MasqHdr" "$b1"
finish
