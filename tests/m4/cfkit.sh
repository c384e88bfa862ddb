#!/bin/sh
# cfkit.sh -- the real sendmail 8.17 cf kit through `mailcf m4' and GNU m4:
# every .mc of the shared corpus, of the kit itself (cf/cf, debian) and of
# tests/m4/mc must give the same bytes on standard output and the same
# exit status.  The m4 command line
# is the one of ../shared/oracle/mc2cf:
#	m4 -I <cf>/cf -D_CF_DIR_=<cf>/ -D_NO_MAKEINFO_ <cf>/m4/cf.m4 FILE.mc
# run in the .mc's folder, on a copy whose includes of the usual cf
# locations point at the oracle's tree.  Stderr: when GNU m4 writes
# anything, so must we; when it writes errprint text only (the kit's
# "*** WARNING" lines), ours must be the same.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
need_oracle
: "${MAILCF:?}"

cf="$ORACLE_PREFIX/root/usr/share/sendmail/cf"
[ -f "$cf/m4/cf.m4" ] || skip_all "no cf kit in $cf"
tmo=60
# the cf locations whose includes mc2cf points at the oracle's tree
cflocs='/usr/share/sendmail/cf/|/usr/share/sendmail-cf/|/usr/lib/sendmail-cf/'
cflocs="$cflocs|/usr/lib/mail/"

# gnu_diag FILE: does GNU m4's stderr hold one of its own diagnostics?
# They start with its program name as invoked ("m4:", "/usr/bin/m4:");
# anything else there is errprint text.
gnu_diag() {
	awk -v p1="$GNU_M4:" -v p2="m4:" '
	    index($0, p1) == 1 || index($0, p2) == 1 { found = 1 }
	    END { exit !found }' "$1"
}

# compare NAME MCFILE
compare() {
	name=$1 mc=$2
	dir=$(cd "$(dirname "$mc")" && pwd)
	mkdir -p "$TMPDIR/$name"
	copy="$TMPDIR/$name/$(basename "$mc")"
	sed -E "s#((s?include)\(\`?)($cflocs)#\1$cf/#g" "$mc" > "$copy"
	set -- -I "$cf/cf" -D_CF_DIR_="$cf/" -D_NO_MAKEINFO_ "$cf/m4/cf.m4" "$copy"
	(cd "$dir" && timeout $tmo "$GNU_M4" "$@") > "$TMPDIR/gnu.out" 2> "$TMPDIR/gnu.err"
	st_gnu=$?
	(cd "$dir" && timeout $tmo "$MAILCF" m4 "$@") > "$TMPDIR/our.out" 2> "$TMPDIR/our.err"
	st_ours=$?
	why=""
	if ! cmp -s "$TMPDIR/gnu.out" "$TMPDIR/our.out"; then
		why="stdout differs"
	elif [ "$st_gnu" != "$st_ours" ]; then
		why="exit status differs"
	elif [ -s "$TMPDIR/gnu.err" ] && [ ! -s "$TMPDIR/our.err" ]; then
		why="GNU m4 wrote a diagnostic, mailcf wrote nothing to stderr"
	elif [ -s "$TMPDIR/gnu.err" ] && ! gnu_diag "$TMPDIR/gnu.err" &&
	    ! cmp -s "$TMPDIR/gnu.err" "$TMPDIR/our.err"; then
		why="errprint output differs"
	fi
	desc="$name ($(wc -l < "$TMPDIR/gnu.out") lines of .cf, exit $st_gnu)"
	if [ -z "$why" ]; then
		ok "$desc"
		return
	fi
	not_ok "$desc: $why"
	echo "# exit: mailcf $st_ours, GNU m4 $st_gnu"
	echo "# stdout diff (- GNU m4, + mailcf):"
	diff -a -u "$TMPDIR/gnu.out" "$TMPDIR/our.out" | sed '1,2d' | head -40 | sed 's/^/#   /'
	echo "# stderr GNU m4:"
	head -5 "$TMPDIR/gnu.err" | sed 's/^/#   | /'
	echo "# stderr mailcf:"
	head -5 "$TMPDIR/our.err" | sed 's/^/#   | /'
}

n=0
for mc in "$SHARED"/corpus/*/*.mc; do
	[ -f "$mc" ] || continue
	compare "corpus-$(basename "$mc" .mc)" "$mc"
	n=$((n + 1))
done
# the kit's own examples (cf/cf/*.mc, many ending in the kit's errprint
# "*** ERROR" lines) and Debian's sendmail.mc and submit.mc
for mc in "$cf"/cf/*.mc "$cf"/debian/*.mc; do
	[ -f "$mc" ] || continue
	case $mc in
	*/debian/*)	compare "kit-debian-$(basename "$mc" .mc)" "$mc" ;;
	*)		compare "kit-$(basename "$mc" .mc)" "$mc" ;;
	esac
	n=$((n + 1))
done
for mc in "$top_srcdir"/tests/m4/mc/*.mc; do
	[ -f "$mc" ] || continue
	compare "mc-$(basename "$mc" .mc)" "$mc"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || not_ok "no .mc files found"
finish
