#!/bin/sh
# differential.sh -- generated differential test against real sendmail.
# For each configuration (the corpus cases' cf.expected and our own
# tests/runtime/mc/*.mc compiled with the oracle's mc2cf) and a few fixed
# seeds, gen_policy writes random access/virtusertable/mailertable maps,
# clients and addresses; real sendmail (../shared/oracle check, route and
# rewrite,
# one batch per call) and `mailcf test` answer; every line must agree.
# The plan asks for at least 5,000 agreeing decisions per run.
. "$top_srcdir/tests/lib.sh"
need_oracle

GEN="$top_builddir/tests/runtime/gen_policy"
SEEDS=${POLICY_SEEDS:-"1 2"}
NCHECK=${POLICY_NCHECK:-250}
NROUTE=${POLICY_NROUTE:-80}
total=0
agree=0

cfs=""
for dir in "$SHARED"/corpus/*/; do
	[ -f "$dir/cf.expected" ] && cfs="$cfs $dir/cf.expected"
done
for mc in "$top_srcdir"/tests/runtime/mc/*.mc; do
	name=$(basename "$mc" .mc)
	if ! "$ORACLE/mc2cf" "$mc" > "$TMPDIR/$name.cf" 2>"$TMPDIR/$name.m4err"; then
		not_ok "mc2cf $name.mc"
		diag "$(cat "$TMPDIR/$name.m4err")"
		continue
	fi
	cfs="$cfs $TMPDIR/$name.cf"
done

compare() {	# compare WANT GOT LABEL
	n=$(wc -l < "$1")
	total=$((total + n))
	if cmp -s "$1" "$2"; then
		agree=$((agree + n))
		ok "$3: $n decisions agree"
	else
		bad=$(diff "$1" "$2" | grep -c '^<')
		agree=$((agree + n - bad))
		not_ok "$3: $bad of $n decisions differ"
		diff "$1" "$2" | head -20 | sed 's/^/# /'
	fi
}

for cf in $cfs; do
	case $cf in
	*/cf.expected) label=$(basename "$(dirname "$cf")") ;;
	*) label=$(basename "$cf" .cf) ;;
	esac
	for seed in $SEEDS; do
		d="$TMPDIR/$label.$seed"
		mkdir -p "$d"
		"$GEN" "$seed" "$d" "$NCHECK" "$NROUTE"
		"$ORACLE/check" "$cf" "$d" < "$d/checks.txt" > "$d/check.want" 2>"$d/oracle.err" ||
		    { not_ok "$label seed $seed: oracle check failed"; diag "$(tail -3 "$d/oracle.err")"; continue; }
		"$MAILCF" test -C "$cf" --hostname mx.oracle.test --hosts "$d/hosts" \
		    --mapdir "$d" check < "$d/checks.txt" > "$d/check.got" 2>&1
		compare "$d/check.want" "$d/check.got" "$label seed $seed check"
		# shellcheck disable=SC2046
		tr '\n' '\0' < "$d/addresses.txt" | xargs -0 "$ORACLE/route" "$cf" "$d" \
		    > "$d/route.want" 2>"$d/oracle.err" ||
		    { not_ok "$label seed $seed: oracle route failed"; continue; }
		"$MAILCF" test -C "$cf" --hostname mx.oracle.test --hosts "$d/hosts" \
		    --mapdir "$d" route < "$d/addresses.txt" > "$d/route.got" 2>&1
		compare "$d/route.want" "$d/route.got" "$label seed $seed route"
		"$ORACLE/rewrite" "$cf" "$d" < "$d/rewrites.txt" > "$d/rw.want" 2>"$d/oracle.err" ||
		    { not_ok "$label seed $seed: oracle rewrite failed"; continue; }
		"$MAILCF" test -C "$cf" --hostname mx.oracle.test --hosts "$d/hosts" \
		    --mapdir "$d" rewrite < "$d/rewrites.txt" > "$d/rw.got" 2>&1
		compare "$d/rw.want" "$d/rw.got" "$label seed $seed rewrite"
	done
done
if [ "$total" -ge 5000 ] || [ -n "${POLICY_SEEDS:-}" ]; then
	ok "$agree of $total generated decisions agree with real sendmail"
else
	not_ok "only $total generated decisions (want at least 5000)"
fi
finish
