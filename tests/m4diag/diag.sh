#!/bin/sh
# diag.sh -- golden diagnostics of the m4 engine.  For each NAME.m4 in
# tests/m4diag (flags in NAME.args, one line), `mailcf m4` must write
# exactly NAME.err to stderr and exit with the status in NAME.rc.  Where
# GNU m4 can answer (all but the refuse-* cases and our own limits,
# listed in ours-only), the exit status and stdout must also equal GNU
# m4's: the wording of a diagnostic is ours, its consequence is not.
# refuse-* cases must not have run anything (no file "created").
#
# To add a case: write NAME.m4 (and NAME.args), then
#	mailcf m4 $(cat NAME.args) NAME.m4 2>NAME.err >/dev/null; echo $? >NAME.rc
# and read NAME.err before committing it.
. "$top_srcdir/tests/lib.sh"
: "${MAILCF:?}"

src="$top_srcdir/tests/m4diag"
work="$TMPDIR/m4diag"
rm -rf "$work"
cp -R "$src" "$work" || { not_ok "copy the case folder"; finish; }
cd "$work" || exit 1
have_gnu=0
"${GNU_M4:-m4}" --version 2>/dev/null | grep -q 'GNU M4' && have_gnu=1

n=0
for f in *.m4; do
	name=${f%.m4}
	n=$((n + 1))
	args=$(cat "$name.args" 2>/dev/null)
	rm -f created*
	# shellcheck disable=SC2086
	timeout 20 "$MAILCF" m4 $args "$f" > our.out 2> our.err < /dev/null
	rc=$?
	if ! cmp -s our.err "$name.err"; then
		not_ok "$name: stderr differs from $name.err"
		diff -u "$name.err" our.err | sed '1,2d; s/^/#   /' | head -30
	elif [ "$rc" != "$(cat "$name.rc")" ]; then
		not_ok "$name: exit status $rc, want $(cat "$name.rc")"
	else
		ok "$name: diagnostic and exit status $rc"
	fi
	case $name in
	refuse-*)
		if ls created* > /dev/null 2>&1; then
			not_ok "$name: the refused builtin ran"
		else
			ok "$name: nothing ran"
		fi
		continue ;;
	esac
	grep -qx "$name" ours-only && continue
	if [ $have_gnu = 0 ]; then
		skip "$name: GNU m4 is not installed"
		continue
	fi
	# shellcheck disable=SC2086
	timeout 20 "$GNU_M4" $args "$f" > gnu.out 2> /dev/null < /dev/null
	grc=$?
	if [ "$grc" = "$rc" ] && cmp -s gnu.out our.out; then
		ok "$name: stdout and exit status equal GNU m4's"
	else
		not_ok "$name: GNU m4 exits $grc (we $rc) or its stdout differs"
		diff -u gnu.out our.out | sed '1,2d; s/^/#   /' | head -10
	fi
done
[ $n -ge 30 ] || not_ok "only $n golden diagnostics (want at least 30)"

# Inputs that once crashed or stalled the engine (fuzz/fuzz_m4.c finds
# them; the first byte holds the fuzzer's flags and is dropped here).
for f in fuzz/*; do
	[ -f "$f" ] || continue
	tail -c +2 "$f" > fuzz.m4
	timeout 20 "$MAILCF" m4 -L 200 --max-calls=20000 --max-bytes=1048576 \
	    fuzz.m4 > /dev/null 2>&1 < /dev/null
	rc=$?
	if [ $rc -le 2 ]; then
		ok "fuzz regression $(basename "$f"): exit $rc"
	else
		not_ok "fuzz regression $(basename "$f"): exit $rc"
	fi
done
finish
