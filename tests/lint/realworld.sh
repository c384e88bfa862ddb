#!/bin/sh
# realworld.sh -- mailcf lint over every .mc we have (the shared corpus,
# tests/cf/mc, tests/templates/mc): it must not crash or hang, and an
# error lint reports must be one real sendmail's cf kit reports too
# (../shared/oracle/mc2cf fails), except for the relay rules: an R001
# witness must then be accepted by real sendmail itself.  A .mc that our
# compiler front end cannot compile (C003) is skipped with the reason.
. "$top_srcdir/tests/lib.sh"
need_oracle
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
for mc in "$SHARED"/corpus/*/*.mc "$top_srcdir"/tests/cf/mc/*.mc \
    "$top_srcdir"/tests/templates/mc/*.mc; do
	[ -f "$mc" ] || continue
	name=$(basename "$mc" .mc)
	w="$TMPDIR/$name"
	rm -rf "$w"
	mkdir -p "$w"
	cp "$(dirname "$mc")"/* "$w/" 2>/dev/null
	(cd "$w" && timeout 60 "$MAILCF" lint --format=json \
	    --hostname mx.lint.test "$name.mc" > lint.json 2> lint.err)
	rc=$?
	case $rc in
	0|1|2) ok "$name: lint finishes (exit $rc)" ;;
	*) not_ok "$name: lint finishes (exit $rc)"; continue ;;
	esac
	[ $rc -eq 2 ] || continue
	if grep -q '"C003"' "$w/lint.json"; then
		skip "$name: the compiler front end rejects it: $(grep error: "$w/lint.err" | head -1)"
		continue
	fi
	others=$(grep '"severity": "error"' "$w/lint.json" |
	    grep -v '"id": "R00[124]"' | sed 's/.*"id": "\([A-Z0-9]*\)".*/\1/' |
	    sort -u | tr '\n' ' ')
	if [ -n "$others" ]; then
		if (cd "$w" && "$ORACLE/mc2cf" "$name.mc" > /dev/null 2>&1); then
			not_ok "$name: errors $others are errors for the cf kit too"
		else
			ok "$name: errors $others are errors for the cf kit too"
		fi
	fi
	wit=$(sed -n 's/.*"R001".*check: \([^"]*\)".*/\1/p' "$w/lint.json" |
	    head -1)
	if [ -n "$wit" ]; then
		printf '198.51.100.98 relay-target.example\n198.51.100.99 sender.example\n' > "$w/hosts"
		(cd "$w" && "$ORACLE/mc2cf" "$name.mc" > host.cf 2>/dev/null)
		got=$(echo "$wit" | ORACLE_ALLOW_CF_ERRORS=1 \
		    "$ORACLE/check" "$w/host.cf" "$w" 2>/dev/null | cut -f2)
		case $got in
		tempfail*)
			if grep -q relay_based_on_MX "$mc"; then
				# the sandbox has no DNS: the MX lookup of
				# relay_based_on_MX fails temporarily there
				skip "$name: R001 witness needs DNS for relay_based_on_MX in the oracle (got $got)"
				continue
			fi ;;
		esac
		check_eq "$got" "accept" "$name: real sendmail relays the R001 witness ($wit)"
	fi
done
finish
