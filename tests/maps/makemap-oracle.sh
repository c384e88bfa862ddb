#!/bin/sh
# makemap-oracle.sh -- differential test against real sendmail 8.17
# makemap: generated sources of 20,000 entries with tricky lines, with
# each of the flags; the sorted -u dump, the messages and the exit status
# must be the same.
. "$top_srcdir/tests/lib.sh"
need_oracle
REAL="$ORACLE_PREFIX/root/usr/libexec/sendmail/makemap"
[ -x "$REAL" ] || skip_all "real makemap missing in $ORACLE_PREFIX"
GEN="perl $top_srcdir/tests/maps/gen.pl"
N=${MAKEMAP_ORACLE_N:-20000}

: > empty.cf		# real makemap reads a cf when run as root
mkdir real ours
$GEN map "$N" 7 > src.map
$GEN mapsep "$N" 11 > src.sep

# compare LABEL SOURCE FLAGS...: build with both, compare everything
compare() {
	label=$1 src=$2
	shift 2
	rm -f real/m.db ours/m.lmdb
	(cd real && "$REAL" -C ../empty.cf "$@" hash m < "../$src" \
	    > ../real.out 2> ../real.err); rs=$?
	(cd ours && "$MAKEMAP" -C ../empty.cf "$@" hash m < "../$src" \
	    > ../ours.out 2> ../ours.err); os=$?
	check_eq "$os" "$rs" "$label: exit status"
	check_files ours.err real.err "$label: messages"
	check_files ours.out real.out "$label: stdout"
	sep=""
	case " $* " in *" -t:"*) sep="-t:" ;; esac
	(cd real && "$REAL" -C ../empty.cf $sep -u hash m) | sort > real.dump
	(cd ours && "$MAKEMAP" -C ../empty.cf $sep -u hash m) | sort > ours.dump
	check_files ours.dump real.dump "$label: sorted dump"
	n=$(wc -l < ours.dump)
	[ "$n" -gt 100 ] && ok "$label: dump has $n entries" ||
		not_ok "$label: dump has only $n entries"
}

compare "default" src.map
compare "-f" src.map -f
compare "-N" src.map -N
compare "-d" src.map -d
compare "-r" src.map -r
compare "-e" src.map -e
compare "-v" src.map -v
compare "-f -N -r" src.map -f -N -r
compare "-D%" src.map -D%
compare "-t:" src.sep -t:
compare "-t: -e -d" src.sep -t: -e -d

# the -N dump: real prints up to the NUL; both maps must hold the NUL
(cd real && "$REAL" -C ../empty.cf -N hash n < ../src.map) 2>/dev/null
(cd ours && "$MAKEMAP" -C ../empty.cf -N hash n < ../src.map) 2>/dev/null
if command -v mdb_dump >/dev/null 2>&1; then
	k=$(mdb_dump -n -s map -p ours/n.lmdb 2>/dev/null | sed -n '/^HEADER=END/{n;p;q}')
	case "$k" in *'\00') ok "-N keys end in a NUL ($k)" ;;
	*) not_ok "-N keys end in a NUL"; diag "first key: $k" ;; esac
else
	skip "mdb_dump (lmdb-utils) not installed"
fi

# usage and type errors
for args in "" "hash" "a b c" "-Z hash m" "foo m" "-u foo m" "-u hash missing"; do
	(cd real && "$REAL" -C ../empty.cf $args < /dev/null > ../r.out 2> ../r.err); rs=$?
	(cd ours && "$MAKEMAP" -C ../empty.cf $args < /dev/null > ../o.out 2> ../o.err); os=$?
	check_eq "$os" "$rs" "makemap $args: exit status"
	# getopt names the program by its path
	sed 's|^[^ ]*/makemap:|makemap:|' o.err > o.err2
	sed 's|^[^ ]*/makemap:|makemap:|' r.err > r.err2
	check_files o.err2 r.err2 "makemap $args: message"
done
finish
