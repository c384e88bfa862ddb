#!/bin/sh
# lmdb-load -- building an LMDB file from N key/value pairs:
# bench/tinyload (parse, fold, sort, MDB_APPEND) vs mdb_load -T.
. "$top_srcdir/bench/lib.sh"
N=${BENCH_N:-1000000}
MDB_LOAD=${MDB_LOAD:-mdb_load}
command -v "$MDB_LOAD" >/dev/null || { echo "bench: mdb_load missing (apt-get install lmdb-utils)"; exit 1; }

awk -v n="$N" 'BEGIN { srand(1); for (i = 0; i < n; i++)
	printf "Key%08d.example.%d\tRELAY %d\n", (i * 7919) % n, i % 97, i }' \
	> "$BENCH_TMP/src.tsv"
# mdb_load's dump format (print), keys lowercased like ours; the header
# gives a map size large enough for the data
awk -F '\t' 'BEGIN { print "VERSION=3"; print "format=print"; print "type=btree";
	print "mapsize=1073741824"; print "HEADER=END" }
	{ print " " tolower($1); print " " $2 } END { print "DATA=END" }' \
	"$BENCH_TMP/src.tsv" > "$BENCH_TMP/src.T"
echo "lmdb-load: $N entries"
BENCH_IN="$BENCH_TMP/src.tsv" measure "tinyload (ours)" "$top_builddir/bench/tinyload" "$BENCH_TMP/ours.lmdb" || exit 1
ours=$REPLY
rm -f "$BENCH_TMP/peer.lmdb"
measure "mdb_load (peer)" sh -c "rm -f '$BENCH_TMP/peer.lmdb'; exec '$MDB_LOAD' -n -f '$BENCH_TMP/src.T' '$BENCH_TMP/peer.lmdb'" || exit 1
peer=$REPLY
a=$(mdb_stat -n "$BENCH_TMP/ours.lmdb" | awk '/Entries/ {print $2}')
b=$(mdb_stat -n "$BENCH_TMP/peer.lmdb" | awk '/Entries/ {print $2}')
[ "$a" = "$b" ] || { echo "bench: entry counts differ: ours $a, peer $b"; exit 1; }
echo "both maps hold $a entries"
ratio "$ours" "$peer" "lmdb-load"
