#!/bin/sh
# relay-oracle.sh -- R001 against real sendmail: for every open-relay case
# of tests/lint/cases (R001-*-on), the witness lint prints must be
# accepted by real sendmail 8.17 (../shared/oracle/check on the cf its
# own cf kit builds from the same .mc) and by `mailcf test check` on that
# cf; for the safe variants (R001-*-off) lint must print no witness and
# real sendmail must refuse the probes lint tried.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
for d in "$top_srcdir"/tests/lint/cases/R001-*/; do
	name=$(basename "$d")
	w="$TMPDIR/$name"
	rm -rf "$w"
	cp -R "$d" "$w"
	printf '198.51.100.98 relay-target.example\n198.51.100.99 sender.example\n' \
	    > "$w/hosts"
	(cd "$w" && "$ORACLE/mc2cf" host.mc > host.cf 2>/dev/null)
	(cd "$w" && "$MAILCF" lint --format=json --hostname mx.lint.test \
	    host.mc > lint.json 2>/dev/null)
	wit=$(sed -n 's/.*"R001".*check: \([^"]*\)".*/\1/p' "$w/lint.json" |
	    head -1)
	case $name in
	*-on)
		if [ -z "$wit" ]; then
			not_ok "$name: lint prints a witness"
			continue
		fi
		ok "$name: lint prints a witness ($wit)"
		got=$(echo "$wit" | "$ORACLE/check" "$w/host.cf" "$w" 2>&1 |
		    cut -f2)
		check_eq "$got" "accept" "$name: real sendmail accepts it"
		got=$(echo "$wit" | "$MAILCF" test -C "$w/host.cf" \
		    --hostname mx.lint.test --hosts "$w/hosts" --mapdir "$w" \
		    check 2>&1 | cut -f2)
		check_eq "$got" "accept" "$name: mailcf test check accepts it"
		got=$(cd "$w" && echo "$wit" | "$MAILCF" test -C host.mc \
		    --hostname mx.lint.test --hosts hosts --mapdir . check \
		    2>/dev/null | cut -f2)
		check_eq "$got" "accept" "$name: mailcf test -C host.mc accepts it"
		;;
	*)
		check_eq "$wit" "" "$name: no witness"
		printf '%s\n' \
		    "198.51.100.23 - <> victim@relay-target.example" \
		    "198.51.100.23 - probe@sender.example victim@relay-target.example" \
		    "198.51.100.23 - postmaster@mx victim@relay-target.example" \
		    > "$w/probes"
		got=$("$ORACLE/check" "$w/host.cf" "$w" < "$w/probes" 2>&1 |
		    cut -f2 | grep -c '^accept')
		check_eq "$got" "0" "$name: real sendmail refuses the probes"
		;;
	esac
done
finish
