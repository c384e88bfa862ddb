#!/bin/sh
# roundtrip.sh -- `mailcf build` on every .mc we have (the shared corpus,
# tests/templates/mc, tests/cf/mc, tests/m4/mc):
#   - a .mc that builds: `show` of the table equals `show` of the .mc,
#     `show --cf` of both too, and a second build gives the same bytes;
#   - a .mc that does not build: `show` of it fails as well, with the
#     same messages, and no table is left behind.
. "$top_srcdir/tests/lib.sh"

n=0
for mc in ${SHARED:+"$SHARED"/corpus/*/*.mc} "$top_srcdir"/tests/templates/mc/*.mc \
    "$top_srcdir"/tests/cf/mc/*.mc "$top_srcdir"/tests/m4/mc/*.mc; do
	[ -f "$mc" ] || continue
	n=$((n + 1))
	case $mc in
	"$top_srcdir"/*) name=${mc#"$top_srcdir"/} ;;
	*) name=corpus/$(basename "$mc") ;;
	esac
	out="$TMPDIR/t$n.cft"
	if "$MAILCF" build -o "$out" "$mc" 2> "$TMPDIR/build.err"; then
		"$MAILCF" show "$out" > "$TMPDIR/a" 2>/dev/null
		"$MAILCF" show "$mc" > "$TMPDIR/b" 2>/dev/null
		if [ -s "$TMPDIR/a" ] && cmp -s "$TMPDIR/a" "$TMPDIR/b"; then
			ok "$name: show of the table equals show of the .mc ($(wc -l < "$TMPDIR/a") lines)"
		else
			not_ok "$name: show of the table equals show of the .mc"
			diff "$TMPDIR/b" "$TMPDIR/a" | head -20 | sed 's/^/# /'
		fi
		"$MAILCF" show --cf "$out" > "$TMPDIR/a" 2>/dev/null
		"$MAILCF" show --cf "$mc" > "$TMPDIR/b" 2>/dev/null
		check_files "$TMPDIR/a" "$TMPDIR/b" "$name: show --cf of the table equals show --cf of the .mc"
		"$MAILCF" build -o "$out.2" "$mc" 2>/dev/null
		if cmp -s "$out" "$out.2"; then
			ok "$name: a second build gives the same bytes"
		else
			not_ok "$name: a second build gives the same bytes"
		fi
		rm -f "$out" "$out.2"
	else
		rc=$?
		"$MAILCF" show "$mc" > /dev/null 2> "$TMPDIR/show.err"
		src=$?
		# the build adds its summary line
		grep -v '^mailcf build: ' "$TMPDIR/build.err" > "$TMPDIR/b.err"
		if [ "$rc" = 65 ] && [ "$src" = 65 ] && [ ! -e "$out" ] &&
		    grep -q 'error:' "$TMPDIR/b.err" &&
		    cmp -s "$TMPDIR/b.err" "$TMPDIR/show.err"; then
			ok "$name: refused (exit 65) by build and show alike, no table: $(grep -m1 'error:' "$TMPDIR/b.err" | cut -c1-100)"
		else
			not_ok "$name: a refused .mc is refused alike (build $rc, show $src)"
			diff "$TMPDIR/b.err" "$TMPDIR/show.err" | head -10 | sed 's/^/# /'
		fi
	fi
done
[ "$n" -gt 0 ] || skip "no .mc found"
finish
