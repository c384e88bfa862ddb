#!/bin/sh
# engine.sh -- the templates give the same IR under mailcf's own m4 engine
# (mailcf m4) as under GNU m4, byte for byte, for every .mc of the shared
# corpus and of tests/templates (mc/ and err/), stderr included.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
. "$top_srcdir/tests/templates/run-templates.sh"
[ -x "${MAILCF:-}" ] || skip_all "mailcf is not built"
"$MAILCF" m4 --help >/dev/null 2>&1 || skip_all "this mailcf has no m4 command"
# the switch really selects mailcf (else this test could not fail)
USE_MAILCF_M4=1
case $(m4run --help 2>&1) in *"usage: mailcf m4"*) ok "m4run runs mailcf m4";; *) not_ok "m4run does not run mailcf m4 with USE_MAILCF_M4 set";; esac
USE_MAILCF_M4=

for mc in ${SHARED:+"$SHARED"/corpus/*/*.mc} "$top_srcdir"/tests/templates/mc/*.mc \
    "$top_srcdir"/tests/templates/err/*.mc; do
	[ -f "$mc" ] || continue
	name=$(basename "$(dirname "$mc")")/$(basename "$mc")
	mc2ir "$mc" > "$TMPDIR/gnu" 2> "$TMPDIR/gnu.err"
	USE_MAILCF_M4=1
	mc2ir "$mc" > "$TMPDIR/ours" 2> "$TMPDIR/ours.err"
	USE_MAILCF_M4=
	if cmp -s "$TMPDIR/gnu" "$TMPDIR/ours" &&
	    cmp -s "$TMPDIR/gnu.err" "$TMPDIR/ours.err"; then
		ok "$name: mailcf m4 writes GNU m4's IR"
	else
		not_ok "$name: mailcf m4 and GNU m4 differ"
		diff "$TMPDIR/gnu" "$TMPDIR/ours" | head -10 | sed 's/^/# /'
	fi
done
finish
