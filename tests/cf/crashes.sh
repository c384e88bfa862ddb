#!/bin/sh
# crashes.sh -- inputs the fuzzer (fuzz/fuzz_cf.c) once broke the parser
# with: each must end in a clean exit (0, or 65 after diagnostics), with
# no sanitizer report and no leak (the sanitizer build checks both).
. "$top_srcdir/tests/lib.sh"

for f in "$top_srcdir"/tests/cf/crashes/*.cf; do
	name=$(basename "$f")
	"$MAILCF" show --cf "$f" > /dev/null 2> "$TMPDIR/err"
	rc=$?
	case $rc in
	0|65) ok "$name: exits $rc" ;;
	*) not_ok "$name: exits $rc"; tail -20 "$TMPDIR/err" | sed 's/^/# /' ;;
	esac
done
finish
