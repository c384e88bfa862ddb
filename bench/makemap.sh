#!/bin/sh
# makemap -- building a 1,000,000-entry access map: our makemap against
# the floor (bench/tinyload: parse, fold, sort, MDB_APPEND, nothing else),
# real sendmail 8.17 makemap (hash, btree), Postfix's postmap lmdb: and
# mdb_load, all on the same generated data in this run.
#   BENCH_N (default 1000000), BENCH_RUNS (default 3)
#   PEERS: folder of the privately unpacked postfix packages
#          (default ~/.cache/mailcf-peers; see the end of this file)
. "$top_srcdir/bench/lib.sh"
N=${BENCH_N:-1000000}
PEERS=${PEERS:-$HOME/.cache/mailcf-peers}
ORACLE_PREFIX=${ORACLE_PREFIX:-$HOME/.cache/sendmail-oracle}
REAL="$ORACLE_PREFIX/root/usr/libexec/sendmail/makemap"
MDB_LOAD=${MDB_LOAD:-mdb_load}

# cpu LABEL CMD...: user+system seconds of one run (steadier than wall
# time on a loaded machine); prints one line, result in $CPU
cpu() {
	label=$1; shift
	/usr/bin/time -f '%U %S' -o "$BENCH_TMP/cpu.out" "$@" >/dev/null 2>&1
	CPU=$(awk '{ printf "%.2f", $1 + $2 }' "$BENCH_TMP/cpu.out")
	printf '%-28s %8s s cpu (user+sys)\n' "$label" "$CPU"
}

awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++)
	printf "Key%08d.example.%d\tRELAY %d\n", (i * 7919) % n, i % 97, i }' \
	> "$BENCH_TMP/access"
echo "makemap: $N access entries ($(wc -c < "$BENCH_TMP/access") bytes)"
cd "$BENCH_TMP" || exit 1

# (stdin is opened per run: measure runs each command BENCH_RUNS times)
measure "floor (tinyload)" sh -c "exec '$top_builddir/bench/tinyload' floor.lmdb < access" || exit 1
floor=$REPLY
measure "makemap hash (ours)" sh -c "exec '$top_builddir/makemap' hash ours < access" || exit 1
ours=$REPLY ourspeak=$PEAK
n=$("$top_builddir/makemap" -u hash ours | wc -l)
[ "$n" = "$N" ] || { echo "bench: our map holds $n entries, not $N"; exit 1; }
ratio "$ours" "$floor" "makemap vs floor (goal <= 1.3)"
cpu "floor (tinyload)" sh -c "exec '$top_builddir/bench/tinyload' floor.lmdb < access"
cfloor=$CPU
cpu "makemap hash (ours)" sh -c "exec '$top_builddir/makemap' hash ours < access"
ratio "$CPU" "$cfloor" "makemap vs floor, cpu time"
cours=$CPU

if [ -x "$REAL" ]; then
	: > empty.cf
	measure "real makemap hash" sh -c "exec '$REAL' -C empty.cf hash real < access" || exit 1
	realhash=$REPLY
	measure "real makemap btree" sh -c "exec '$REAL' -C empty.cf btree realb < access" || exit 1
	realbtree=$REPLY
	ratio "$ours" "$realhash" "makemap vs real makemap hash (goal <= 0.25)"
	cpu "real makemap hash" sh -c "exec '$REAL' -C empty.cf hash real < access"
	ratio "$cours" "$CPU" "makemap vs real makemap hash, cpu time"
	ratio "$ours" "$realbtree" "makemap vs real makemap btree"
else
	echo "bench: real makemap not found in $ORACLE_PREFIX (../shared/oracle/setup)"
fi

P="$PEERS/root"
if [ -x "$P/usr/sbin/postmap" ] && [ -f "$PEERS/conf/main.cf" ]; then
	measure "postmap lmdb:" env LD_LIBRARY_PATH="$P/usr/lib/postfix" \
	    "$P/usr/sbin/postmap" -c "$PEERS/conf" lmdb:access || exit 1
	ratio "$ours" "$REPLY" "makemap vs postmap lmdb: (goal <= 0.5)"
	cpu "postmap lmdb:" env LD_LIBRARY_PATH="$P/usr/lib/postfix" \
	    "$P/usr/sbin/postmap" -c "$PEERS/conf" lmdb:access
	ratio "$cours" "$CPU" "makemap vs postmap lmdb:, cpu time"
else
	echo "bench: postmap not unpacked in $PEERS (see bench/makemap.sh)"
fi

if command -v "$MDB_LOAD" >/dev/null 2>&1; then
	# mdb_dump's "print" format, with a map size (-T would start at 1 MiB
	# and fail with MDB_MAP_FULL)
	awk -F '\t' -v sz=$((1 << 30)) 'BEGIN { print "VERSION=3"; print "format=print";
		print "type=btree"; print "mapsize=" sz; print "HEADER=END" }
		{ print " " tolower($1); print " " $2 } END { print "DATA=END" }' access > access.dump
	measure "mdb_load" sh -c "rm -f peer.lmdb; exec '$MDB_LOAD' -n -f access.dump peer.lmdb" || exit 1
	ratio "$ours" "$REPLY" "makemap vs mdb_load"
fi
echo "peak memory of our makemap: $ourspeak KiB"
exit 0

# Peers: postfix from Debian, unpacked, never installed:
#   mkdir -p ~/.cache/mailcf-peers && cd ~/.cache/mailcf-peers
#   apt-get download postfix postfix-lmdb && for f in *.deb; do dpkg -x $f root; done
#   mkdir conf; P=$PWD/root
#   printf 'compatibility_level = 3.6\nshlib_directory = %s/usr/lib/postfix\nmeta_directory = %s/conf\nmail_owner = daemon\ndefault_privs = bin\nsetgid_group = mail\n' $P $PWD > conf/main.cf
#   printf 'lmdb\t%s/usr/lib/postfix/postfix-lmdb.so\tdict_lmdb_open\tmkmap_lmdb_open\n' $P > conf/dynamicmaps.cf
