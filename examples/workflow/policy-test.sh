#!/bin/sh
# policy-test.sh TABLE CASES [mailcf test options] -- the site's own policy
# tests: each line of CASES is a query and the answer expected, separated
# by a tab, in the formats of `mailcf test':
#   route ADDRESS<TAB>mailer=M host=H user=U     (or error=... / unresolved=...)
#   check CLIENT NAME FROM RCPT [AUTH]<TAB>accept  (or reject CODE DSN TEXT ...)
#   rewrite MAILER FLAGS ADDRESS<TAB>ADDRESS
# '#' lines and empty lines are skipped.  Prints each difference as
# CASES:LINE: and exits 1 when there was one.
MAILCF=${MAILCF:-mailcf}
[ $# -ge 2 ] || { echo "usage: policy-test.sh TABLE CASES [OPTIONS]" >&2; exit 64; }
table=$1 cases=$2
shift 2
n=0 bad=0 line=0
tab=$(printf '\t')
while IFS= read -r l || [ -n "$l" ]; do
	line=$((line + 1))
	case $l in ''|'#'*) continue ;; esac
	q=${l%%"$tab"*}
	want=${l#*"$tab"}
	[ "$q" != "$l" ] || { echo "$cases:$line: no tab before the expected answer" >&2; bad=$((bad + 1)); continue; }
	kind=${q%% *}
	arg=${q#* }
	case $kind in
	route) got=$("$MAILCF" test -C "$table" "$@" route "$arg" | cut -f2-) ;;
	check|rewrite)
		got=$(printf '%s\n' "$arg" | "$MAILCF" test -C "$table" "$@" $kind | cut -f2-) ;;
	*) echo "$cases:$line: unknown kind '$kind' (route, check, rewrite)" >&2
		bad=$((bad + 1)); continue ;;
	esac
	n=$((n + 1))
	if [ "$got" != "$want" ]; then
		echo "$cases:$line: $q"
		echo "    got:  $got"
		echo "    want: $want"
		bad=$((bad + 1))
	fi
done < "$cases"
echo "policy tests: $n run, $bad failed"
[ $bad -eq 0 ]
