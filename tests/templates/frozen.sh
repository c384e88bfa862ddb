#!/bin/sh
# frozen.sh -- the frozen prelude of the templates changes nothing but the
# speed.  For every .mc of the test suite and of the shared corpus:
#   - `mailcf m4 -R IMAGE x.mc` (the state after cf.m4, made by
#     `mailcf m4 -F IMAGE cf.m4`) writes the same IR, byte for byte, and
#     the same diagnostics as `mailcf m4 cf.m4 x.mc`;
#   - `mailcf build` with the build tree's image (MAILCF_FROZEN=require,
#     so the image must really be used) writes the same table, the same
#     diagnostics and exit status as without (MAILCF_FROZEN=off).
# Then: a stale image (a template changed), an image made for another
# template folder, and damaged images are not used, and a build still
# gives the right answer.
. "$top_srcdir/tests/lib.sh"
[ -x "${MAILCF:-}" ] || skip_all "mailcf is not built"
TPL="$top_srcdir/cf-templates"
IMG="$TMPDIR/m4.frozen"

# --- mailcf m4 -F / -R ------------------------------------------------
(cd "$TMPDIR" && "$MAILCF" m4 -I "$TPL/m4" -F "$IMG" "$TPL/cf.m4") \
    > "$TMPDIR/prelude.out" 2> "$TMPDIR/prelude.err"
rc=$?
if [ $rc -eq 0 ] && [ -s "$IMG" ] && [ ! -s "$TMPDIR/prelude.err" ]; then
	ok "mailcf m4 -F freezes the state after cf.m4"
else
	not_ok "mailcf m4 -F failed (exit $rc)"
	sed 's/^/# /' "$TMPDIR/prelude.err"
fi
# the image holds what -R needs, not the file names only: without it
# the same command line knows none of the templates' macros
printf 'ifdef(`_mc_loaded'"'"', `yes'"'"', `no'"'"')\n' > "$TMPDIR/probe.m4"
check_eq "$("$MAILCF" m4 -R "$IMG" "$TMPDIR/probe.m4" | head -n 1)" "yes" \
    "mailcf m4 -R reloads the templates' macros"
check_eq "$("$MAILCF" m4 "$TMPDIR/probe.m4")" "no" \
    "without -R they are not there"

mcs=
for mc in ${SHARED:+"$SHARED"/corpus/*/*.mc} "$top_srcdir"/tests/m4/mc/*.mc \
    "$top_srcdir"/tests/templates/mc/*.mc "$top_srcdir"/tests/templates/err/*.mc \
    "$top_srcdir"/tests/lint/cases/*/*.mc "$top_srcdir"/tests/cf/mc/*.mc; do
	[ -f "$mc" ] && mcs="$mcs $mc"
done

for mc in $mcs; do
	dir=$(dirname "$mc")
	name=$(basename "$dir")/$(basename "$mc")
	(cd "$dir" && "$MAILCF" m4 -I "$TPL/m4" "$TPL/cf.m4" "$(basename "$mc")") \
	    > "$TMPDIR/plain" 2> "$TMPDIR/plain.err"
	rc1=$?
	(cd "$dir" && "$MAILCF" m4 -I "$TPL/m4" -R "$IMG" "$(basename "$mc")") \
	    > "$TMPDIR/thawed" 2> "$TMPDIR/thawed.err"
	rc2=$?
	cat "$TMPDIR/prelude.out" "$TMPDIR/thawed" > "$TMPDIR/thawed.all"
	if [ $rc1 -eq $rc2 ] && cmp -s "$TMPDIR/plain" "$TMPDIR/thawed.all" &&
	    cmp -s "$TMPDIR/plain.err" "$TMPDIR/thawed.err"; then
		ok "$name: m4 -R gives the same IR"
	else
		not_ok "$name: m4 -R differs (exit $rc1 / $rc2)"
		diff "$TMPDIR/plain" "$TMPDIR/thawed.all" | head -10 | sed 's/^/# /'
		diff "$TMPDIR/plain.err" "$TMPDIR/thawed.err" | head -5 | sed 's/^/# /'
	fi
done

# --- mailcf build --------------------------------------------------------
# build_pair MC: 0 when the build with the image equals the one without
build_pair() {
	rm -f "$TMPDIR/off.cft" "$TMPDIR/on.cft"
	MAILCF_FROZEN=off "$MAILCF" build -o "$TMPDIR/off.cft" "$@" \
	    > "$TMPDIR/off.out" 2> "$TMPDIR/off.err"
	rc_off=$?
	MAILCF_FROZEN=require "$MAILCF" build -o "$TMPDIR/on.cft" "$@" \
	    > "$TMPDIR/on.out" 2> "$TMPDIR/on.err"
	rc_on=$?
	[ $rc_off -eq $rc_on ] || return 1
	cmp -s "$TMPDIR/off.err" "$TMPDIR/on.err" || return 1
	cmp -s "$TMPDIR/off.out" "$TMPDIR/on.out" || return 1
	if [ -f "$TMPDIR/off.cft" ] || [ -f "$TMPDIR/on.cft" ]; then
		cmp -s "$TMPDIR/off.cft" "$TMPDIR/on.cft" || return 1
	fi
	return 0
}
for mc in $mcs; do
	name=$(basename "$(dirname "$mc")")/$(basename "$mc")
	if build_pair "$mc"; then
		ok "$name: build with the frozen prelude gives the same table (exit $rc_on)"
	else
		not_ok "$name: build with and without the frozen prelude differ (exit $rc_off / $rc_on)"
		diff "$TMPDIR/off.err" "$TMPDIR/on.err" | head -6 | sed 's/^/# /'
	fi
done

# --- when the image must not be used -----------------------------------
MC="$top_srcdir/tests/templates/mc/vendor.mc"
cp -R "$TPL" "$TMPDIR/tpl"
chmod -R u+w "$TMPDIR/tpl"
rm -f "$TMPDIR/tpl/cf.frozen"
export MAILCF_TEMPLATES="$TMPDIR/tpl"
if MAILCF_FROZEN=require "$MAILCF" build -n "$MC" > /dev/null 2> "$TMPDIR/err"; then
	not_ok "a template copy without an image still counted as frozen"
else
	grep -q "no current frozen prelude" "$TMPDIR/err" &&
	    ok "no image: MAILCF_FROZEN=require says so" ||
	    { not_ok "no image: no clear message"; sed 's/^/# /' "$TMPDIR/err"; }
fi
"$MAILCF" build --freeze > "$TMPDIR/err" 2>&1 &&
    [ -s "$TMPDIR/tpl/cf.frozen" ] &&
    ok "mailcf build --freeze writes TEMPLATES/cf.frozen" ||
    { not_ok "mailcf build --freeze failed"; sed 's/^/# /' "$TMPDIR/err"; }
build_pair "$MC" && ok "the copy's own image is used and changes nothing" ||
    not_ok "the copy's own image is not used or changes the table"

# an image made for another folder is refused
mv "$TMPDIR/tpl/cf.frozen" "$TMPDIR/keep.frozen"
cp "$TMPDIR/keep.frozen" "$TMPDIR/tpl/cf.frozen"
cp -R "$TMPDIR/tpl" "$TMPDIR/tpl2"
MAILCF_TEMPLATES="$TMPDIR/tpl2" MAILCF_FROZEN=require "$MAILCF" build -n "$MC" \
    > /dev/null 2>&1 && not_ok "an image made for another folder was used" ||
    ok "an image made for another template folder is not used"

# a stale image: the templates changed after it was made
MAILCF_FROZEN=off "$MAILCF" show "$MC" > "$TMPDIR/show.before" 2>&1
sed 's/define(`confLOG_LEVEL'"'"', `9'"'"')/define(`confLOG_LEVEL'"'"', `7'"'"')/' \
    "$TPL/lib/defaults.m4" > "$TMPDIR/tpl/lib/defaults.m4"
if cmp -s "$TPL/lib/defaults.m4" "$TMPDIR/tpl/lib/defaults.m4"; then
	not_ok "could not change the copy of lib/defaults.m4"
fi
MAILCF_FROZEN=require "$MAILCF" build -n "$MC" > /dev/null 2>&1 &&
    not_ok "a stale image was used" || ok "a stale image is not used"
"$MAILCF" show "$MC" > "$TMPDIR/show.auto" 2>&1
MAILCF_FROZEN=off "$MAILCF" show "$MC" > "$TMPDIR/show.off" 2>&1
if cmp -s "$TMPDIR/show.auto" "$TMPDIR/show.off" &&
    ! cmp -s "$TMPDIR/show.auto" "$TMPDIR/show.before" &&
    grep -q "LogLevel=7" "$TMPDIR/show.auto"; then
	ok "with a stale image the build reads the changed templates"
else
	not_ok "with a stale image the build does not see the change"
	diff "$TMPDIR/show.off" "$TMPDIR/show.auto" | head -5 | sed 's/^/# /'
fi
cp "$TPL/lib/defaults.m4" "$TMPDIR/tpl/lib/defaults.m4"
build_pair "$MC" && ok "the same contents again: the image is current again" ||
    not_ok "the image is not used once the templates are back"

# damaged images: truncated, flipped bytes, garbage; never used, no crash
size=$(wc -c < "$TMPDIR/keep.frozen")
bad=0
for cut in 0 7 24 100 1000 $((size / 2)) $((size - 9)) $((size - 1)); do
	head -c "$cut" "$TMPDIR/keep.frozen" > "$TMPDIR/tpl/cf.frozen"
	MAILCF_FROZEN=require "$MAILCF" build -n "$MC" > /dev/null 2>&1
	[ $? -eq 65 ] || bad=$((bad + 1))
	"$MAILCF" build -n "$MC" > /dev/null 2>&1 || bad=$((bad + 1))
done
check_eq "$bad" 0 "truncated images are refused and the build falls back"
bad=0
for off in 9 13 40 300 2000 $((size / 3)) $((size / 2)) $((size - 12)); do
	cp "$TMPDIR/keep.frozen" "$TMPDIR/tpl/cf.frozen"
	printf '\377' | dd of="$TMPDIR/tpl/cf.frozen" bs=1 seek="$off" \
	    conv=notrunc 2> /dev/null
	cmp -s "$TMPDIR/keep.frozen" "$TMPDIR/tpl/cf.frozen" && continue
	MAILCF_FROZEN=require "$MAILCF" build -n "$MC" > /dev/null 2>&1
	[ $? -eq 65 ] || bad=$((bad + 1))
	"$MAILCF" build -n "$MC" > /dev/null 2>&1 || bad=$((bad + 1))
done
check_eq "$bad" 0 "images with a changed byte are refused and the build falls back"
head -c 5000 /dev/urandom > "$TMPDIR/tpl/cf.frozen"
"$MAILCF" m4 -R "$TMPDIR/tpl/cf.frozen" /dev/null > /dev/null 2> "$TMPDIR/err"
rc=$?
[ $rc -eq 65 ] && grep -q "cannot reload" "$TMPDIR/err" &&
    ok "mailcf m4 -R refuses garbage with a message (exit 65)" ||
    not_ok "mailcf m4 -R on garbage: exit $rc"
unset MAILCF_TEMPLATES

# -D acts before the prelude: the image is not used, and not needed
MAILCF_FROZEN=require "$MAILCF" build -n -D confLOG_LEVEL=3 "$MC" > /dev/null 2>&1 &&
    ok "with -D the prelude is read, image or not" ||
    not_ok "with -D and MAILCF_FROZEN=require the build failed"
finish
