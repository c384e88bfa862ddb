#!/bin/sh
# golden.sh -- mailcf lint on every case of tests/lint/cases: the output
# (text, caret lines and hints) and exit status must equal the case's
# `expected' file byte for byte, and a case named RULE-on... must report
# [RULE] while RULE-off... must not.
#
# A case folder holds host.mc and the map sources it uses.  Before the
# run, its hash maps are built with makemap (access, virtusertable,
# mailertable, authinfo) and aliases with newaliases, unless the case has
# a file `nobuild'; an executable `setup' then runs in the copy (to make a
# map stale, change modes, ...).  `args' holds extra lint arguments.
# Refresh: MAILCF_LINT_REGEN=1 make check (then review the diff).
. "$top_srcdir/tests/lib.sh"
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
cases="$top_srcdir/tests/lint/cases"
for d in "$cases"/*/; do
	name=$(basename "$d")
	w="$TMPDIR/$name"
	rm -rf "$w"
	cp -R "$d" "$w"
	rm -f "$w/expected"
	(
		cd "$w" || exit 1
		if [ ! -f nobuild ]; then
			for m in access virtusertable mailertable authinfo; do
				[ -f $m ] && "$MAKEMAP" hash $m < $m 2>/dev/null
			done
			[ -f aliases ] &&
			    "$NEWALIASES" -O AliasFile=aliases >/dev/null 2>&1
		fi
		[ -f setup ] && MAKEMAP="$MAKEMAP" sh ./setup
		args=$(cat args 2>/dev/null)
		# shellcheck disable=SC2086
		"$MAILCF" lint --hostname mx.lint.test $args host.mc > out 2> err
		echo "exit $?" >> out
		cat err >> out
	)
	if [ -n "${MAILCF_LINT_REGEN:-}" ]; then
		cp "$w/out" "$d/expected"
	fi
	check_files "$w/out" "$d/expected" "$name: output and exit status"
	rule=${name%%-*}
	case $name in
	*-off*)
		if grep -q "\[$rule\]" "$w/out"; then
			not_ok "$name: $rule does not fire"
		else
			ok "$name: $rule does not fire"
		fi ;;
	*)
		if grep -q "\[$rule\]" "$w/out"; then
			ok "$name: $rule fires"
		else
			not_ok "$name: $rule fires"
		fi ;;
	esac
done
finish
