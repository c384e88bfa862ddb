#!/bin/sh
# engine.sh -- the templates give the same IR under mailcf's own m4 engine
# (mailcf m4) as under GNU m4, byte for byte, for every .mc of the shared
# corpus and of tests/templates (mc/ and err/), stderr included; once as
# plain m4, once with the templates' natives (compiler/tplnative.c) that
# mailcf build runs.
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
	# plain, then with the templates' natives (what mailcf build runs)
	for USE_MAILCF_M4 in 1 natives; do
		mc2ir "$mc" > "$TMPDIR/ours" 2> "$TMPDIR/ours.err"
		how="mailcf m4"
		[ "$USE_MAILCF_M4" = natives ] && how="mailcf m4 --template-natives"
		if cmp -s "$TMPDIR/gnu" "$TMPDIR/ours" &&
		    cmp -s "$TMPDIR/gnu.err" "$TMPDIR/ours.err"; then
			ok "$name: $how writes GNU m4's IR"
		else
			not_ok "$name: $how and GNU m4 differ"
			diff "$TMPDIR/gnu" "$TMPDIR/ours" | head -10 | sed 's/^/# /'
			diff "$TMPDIR/gnu.err" "$TMPDIR/ours.err" | head -5 | sed 's/^/# /'
		fi
	done
	USE_MAILCF_M4=
done
finish
