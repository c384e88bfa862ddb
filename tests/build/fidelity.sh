#!/bin/sh
# fidelity.sh -- for every .mc we have (the shared corpus, tests/templates/mc,
# tests/cf/mc, tests/m4/mc): `mailcf show --cf x.mc` (the whole pipeline:
# m4 engine, cf-templates, cf parser, model) against real sendmail 8.17's
# cf kit (../shared/oracle/mc2cf): every O, D, C, F, K, M, H, P, T, V (and
# E, Q, X) line the same, each mismatch listed by name.
#
# Where the cf kit reports an error (`*** ...' or an m4 error) we must
# refuse the .mc too, at the same .mc line.  The kit's messages carry no
# line, so the line is found by running the kit on the first N lines of
# the .mc, N = 1, 2, ...: the first N that makes it complain.
#
# Where the kit writes a cf without complaint that real sendmail refuses
# to load (an M line naming an undeclared queue group, a continuation line
# with nothing to continue), we must refuse the .mc, with an error in it.
#
# tests/build/known-differences lists the .mc files where we differ on
# purpose or because of an open bug elsewhere, with the reason; they are
# reported as skips, and a listed file that agrees is a failure (the
# list must shrink).
. "$top_srcdir/tests/lib.sh"
need_oracle

decls="$top_srcdir/tests/cf/decls.awk"
known="$top_srcdir/tests/build/known-differences"
mkdir -p "$TMPDIR/mc"

. "$top_srcdir/tests/build/kitline.sh"

total=0
for mc in "$SHARED"/corpus/*/*.mc "$top_srcdir"/tests/templates/mc/*.mc \
    "$top_srcdir"/tests/cf/mc/*.mc "$top_srcdir"/tests/m4/mc/*.mc; do
	[ -f "$mc" ] || continue
	base=$(basename "$mc")
	case $mc in
	"$top_srcdir"/*) name=${mc#"$top_srcdir"/} ;;
	*) name=corpus/$base ;;
	esac
	cp "$mc" "$TMPDIR/mc/$base"
	why=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ /, ""); print; exit }' "$known")
	"$MAILCF" show --cf "$mc" > "$TMPDIR/show" 2> "$TMPDIR/err"
	rc=$?
	errs=$(kit_errs "$TMPDIR/mc/$base")
	if [ -n "$errs" ]; then
		want=$(kit_line "$TMPDIR/mc/$base" "$(echo "$errs" | head -1)")
		# "*** ERROR" and m4's own errors: an error; the kit's other
		# "*** ..." complaints: an error or a warning will do
		if echo "$errs" | head -1 | grep -qE '^\*\*\* ERROR|^m4:'; then
			sev='error' okrc=65
		else
			sev='(error|warning)' okrc='(0|65)'
		fi
		got=$(grep -m1 -E ": $sev: " "$TMPDIR/err" |
		    sed -n "s|^[^:]*$base:\([0-9]*\):.*|\1|p")
		if echo "$rc" | grep -qxE "$okrc" && [ -n "$want" ] && [ "$got" = "$want" ]; then
			ok "$name: $(echo "$sev" | tr -d '()' | sed 's/|/ or /') at line $got, where the cf kit complains: $(echo "$errs" | head -1 | cut -c1-60)"
		elif [ -n "$why" ]; then
			skip "$name: $why"
		else
			not_ok "$name: the cf kit complains at line ${want:-?}; we (exit $rc) at line ${got:-none}"
			echo "$errs" | head -3 | sed 's/^/# kit: /'
			head -3 "$TMPDIR/err" | sed 's/^/# we: /'
		fi
		continue
	fi
	(cd "$TMPDIR/mc" && "$ORACLE/mc2cf" "$base" 2>/dev/null) > "$TMPDIR/kit.cf"
	# the kit wrote a cf without complaint, but real sendmail may refuse
	# to load it (route exits 5): then we must refuse the .mc too
	if [ "$rc" = 65 ] && grep -q "$base:[0-9]*:[0-9:]* error: " "$TMPDIR/err"; then
		mkdir -p "$TMPDIR/nomaps"
		"$ORACLE/route" "$TMPDIR/kit.cf" "$TMPDIR/nomaps" postmaster \
		    > /dev/null 2> "$TMPDIR/sm.err"
		if [ $? = 5 ]; then
			sm=$(grep -m1 'line [0-9]*:' "$TMPDIR/sm.err" | sed 's/^ *//')
			got=$(grep -m1 ": error: " "$TMPDIR/err" | cut -d: -f1-2)
			if [ -n "$why" ]; then
				not_ok "$name: agrees now (real sendmail refuses the kit's cf); remove it from tests/build/known-differences"
			else
				ok "$name: error at $got; real sendmail refuses the cf kit's output: $sm"
			fi
			continue
		fi
	fi
	awk -f "$decls" < "$TMPDIR/kit.cf" | LC_ALL=C sort > "$TMPDIR/want"
	awk '/^@/ { skip = 1; next } /^[ \t]/ && skip { next } { skip = 0; print }' \
	    "$TMPDIR/show" | awk -f "$decls" | LC_ALL=C sort > "$TMPDIR/got"
	diff "$TMPDIR/want" "$TMPDIR/got" | grep '^[<>]' |
	    sed -e 's/^</- kit only: /' -e 's/^>/+ ours only: /' > "$TMPDIR/d"
	n=$(wc -l < "$TMPDIR/d")
	if [ "$rc" = 0 ] && [ "$n" -eq 0 ]; then
		if [ -n "$why" ]; then
			not_ok "$name: agrees now; remove it from tests/build/known-differences"
		else
			ok "$name: $(wc -l < "$TMPDIR/want") declaration lines as sendmail's cf kit"
		fi
	elif [ -n "$why" ]; then
		skip "$name: $why"
	else
		total=$((total + n))
		not_ok "$name: $n declaration lines differ (show --cf exit $rc)"
		head -3 "$TMPDIR/err" | sed 's/^/# /'
		sed 's/^/# /' "$TMPDIR/d" | head -40
	fi
done
diag "mismatching lines outside the known differences: $total"
finish
