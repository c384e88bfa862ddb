#!/bin/sh
# makemap.sh -- makemap behaviour that needs no oracle: round trips, the
# FreeBSD Makefile's command line, independent reading with mdb_dump,
# the cf/CF types, -o, growth that gives the same bytes, and quiet
# builds when stderr is not a terminal.
. "$top_srcdir/tests/lib.sh"
GEN="perl $top_srcdir/tests/maps/gen.pl"

$GEN access 20000 > access
# round trip: the dump is the source with lowercased keys, sorted
"$MAKEMAP" hash access < access 2> err; rc=$?
check_eq "$rc" 0 "makemap hash access < access"
[ -s err ] && { not_ok "no messages for a clean source"; diag "$(cat err)"; } ||
	ok "no messages for a clean source"
[ -f access.lmdb ] && ok "the map is access.lmdb" || not_ok "the map is access.lmdb"
awk -F '\t' '{ printf "%s\t%s\n", tolower($1), $2 }' access | sort > want
"$MAKEMAP" -u hash access | sort > got
check_files got want "makemap -u dumps the source, keys lowercased"
"$MAKEMAP" -u hash access > got.order
sort -c got.order 2>/dev/null && ok "the dump is in key order" ||
	not_ok "the dump is in key order"

# FreeBSD's /etc/mail/Makefile: makemap hash NAME.db < NAME
cp access mailertable
"$MAKEMAP" hash mailertable.db < mailertable; rc=$?
check_eq "$rc" 0 "makemap hash mailertable.db < mailertable"
[ -f mailertable.lmdb ] && [ ! -e mailertable.db.lmdb ] &&
	ok "NAME.db is built as NAME.lmdb" || not_ok "NAME.db is built as NAME.lmdb"

# an independent reader: Debian's mdb_dump
if command -v mdb_dump >/dev/null 2>&1; then
	n=$(mdb_dump -n -s map access.lmdb | grep -c '^ ')
	check_eq "$n" 40000 "mdb_dump -n -s map reads 20,000 keys and values"
	mdb_dump -n -s meta -p access.lmdb > meta 2>/dev/null
	grep -q '^ flags$' meta && grep -q '^ fold$' meta &&
		ok "the map records how it was built (flags: fold)" ||
		{ not_ok "the map records how it was built"; diag "$(cat meta)"; }
	grep -q '^ source-sha256$' meta && ok "the map records the source digest" ||
		not_ok "the map records the source digest"
else
	skip "mdb_dump (lmdb-utils) not installed"
fi

# growth: a tiny first map size gives the very same file
MAILCF_LMDB_MAPSIZE=65536 "$MAKEMAP" hash grown < access
cmp -s grown.lmdb access.lmdb && ok "a map that had to grow is byte-for-byte the same" ||
	not_ok "a map that had to grow is byte-for-byte the same"
"$MAKEMAP" -u hash grown | sort > got
check_files got want "and holds every entry"

# -o adds to a map; duplicates across old and new are errors unless -r
k1=$(head -1 got.order | cut -f1)
printf 'new.example OK\n%s other\n' "$k1" > more
"$MAKEMAP" -o hash access < more 2> err; rc=$?
check_eq "$rc" 65 "-o with an existing key: exit 65"
check_eq "$(cat err)" "makemap: access: line 2: key $k1: duplicate key" "-o: the duplicate is reported"
check_eq "$("$MAKEMAP" -u hash access | grep -c .)" 20001 "-o: old entries kept, the new one added"
"$MAKEMAP" -o -r hash access < more; rc=$?
check_eq "$rc" 0 "-o -r replaces"
check_eq "$("$MAKEMAP" -u hash access | grep "^$k1	")" "$(printf '%s\tother' "$k1")" "-o -r: the new value won"
"$MAKEMAP" -o hash nosuch < more 2> err; rc=$?
check_eq "$rc" 73 "-o on a missing map: exit 73"

# types
check_eq "$("$MAKEMAP" -l | tr '\n' ' ')" "hash btree dbm cdb implicit lmdb " "-l lists the types"
for t in btree dbm lmdb implicit; do
	printf 'k v\n' | "$MAKEMAP" $t typed_$t; rc=$?
	check_eq "$rc" 0 "type $t is accepted (stored as LMDB)"
done
printf 'Kaccess hash -T<TMPF> -o %s/cfmap\nKother btree /x/y/cfbase.db\n' "$(pwd)" > t.cf
printf 'k v\n' | "$MAKEMAP" -C t.cf cf "$(pwd)/cfmap"; rc=$?
check_eq "$rc" 0 "type cf finds the K line by full path"
printf 'k v\n' | "$MAKEMAP" -C t.cf CF cfbase; rc=$?
check_eq "$rc" 0 "type CF finds the K line by base name"
printf 'k v\n' | "$MAKEMAP" -C t.cf cf nowhere 2> err; rc=$?
check_eq "$rc:$(cat err)" "65:makemap: mapfile nowhere: not found in CF" "type cf without a K line"
printf 'k v\n' | "$MAKEMAP" -C t.cf -i hash cf nowhere; rc=$?
check_eq "$rc" 0 "-i gives the fallback type"
printf 'k v\n' | "$MAKEMAP" -C missing.cf hash x 2> err; rc=$?
check_eq "$rc:$(cat err)" "66:makemap: missing.cf: No such file or directory" "a missing -C file: exit 66"

# -v prints each entry as stored
check_eq "$(printf 'Key Val\n' | "$MAKEMAP" -v hash v)" "key=\`key', val=\`Val'" "-v output"

# help and usage
"$MAKEMAP" --help > help; rc=$?
check_eq "$rc" 0 "--help exits 0"
grep -q '^Usage: makemap' help && ok "--help shows the usage" || not_ok "--help shows the usage"

# no progress bar when stderr is not a terminal
$GEN access 300000 > big
"$MAKEMAP" hash big < big 2> err
[ -s err ] && { not_ok "a long build is quiet in a pipe"; diag "$(od -c err | head -3)"; } ||
	ok "a long build is quiet when stderr is not a terminal"

# a progress bar on a terminal (script(1) gives makemap one)
if command -v script >/dev/null 2>&1; then
	MAILCF_PROGRESS_AFTER=0 script -qc "'$MAKEMAP' hash tty < big" /dev/null > tty.out 2>&1
	grep -q 'tty.lmdb: writing *\[#*\.*\] *[0-9]*%' tty.out &&
		ok "a progress bar when stderr is a terminal" ||
		{ not_ok "a progress bar when stderr is a terminal"; diag "$(od -c tty.out | head -5)"; }
else
	skip "script(1) missing"
fi

# a map that cannot be created: exit 73, a message naming it
printf 'k v\n' | "$MAKEMAP" hash no/such/dir/m 2> err; rc=$?
check_eq "$rc" 73 "a map in a missing directory: exit 73"
grep -q 'no/such/dir/m.lmdb.*No such file or directory' err &&
	ok "the message names the map and the reason" ||
	{ not_ok "the message names the map and the reason"; diag "$(cat err)"; }

# keys LMDB cannot hold: an error with the line, the rest is stored
perl -e 'print "k" x 600, " v\nok v\n"' | "$MAKEMAP" hash longkey 2> err; rc=$?
check_eq "$rc" 74 "a key over 511 bytes: exit 74 (put error)"
grep -q '^makemap: longkey: line 1: key k*: put error: key too long (511 bytes max)$' err &&
	ok "the put error names the line" || { not_ok "the put error names the line"; diag "$(cut -c1-100 err)"; }
check_eq "$("$MAKEMAP" -u hash longkey)" "$(printf 'ok\tv')" "the other lines are stored"
finish
