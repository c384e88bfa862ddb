#!/bin/sh
# newaliases -- rebuilding an alias database of 100,000 aliases: our
# newaliases against real sendmail 8.17 `sendmail -bi` (in the oracle's
# sandbox) and Postfix's postalias lmdb:, then ours alone at 100k, 200k,
# 400k and 1M aliases to show it is linear (real sendmail -bi is not).
#   BENCH_N (default 100000), BENCH_RUNS, PEERS as in bench/makemap.sh
. "$top_srcdir/bench/lib.sh"
N=${BENCH_N:-100000}
PEERS=${PEERS:-$HOME/.cache/mailcf-peers}
ORACLE_PREFIX=${ORACLE_PREFIX:-$HOME/.cache/sendmail-oracle}
SM="$ORACLE_PREFIX/root/usr/libexec/sendmail/sendmail"
ORACLE="$top_srcdir/../shared/oracle"
GEN="perl $top_srcdir/tests/maps/gen.pl"

mkdir -p "$BENCH_TMP/w/q"
chmod 755 "$BENCH_TMP/w"
cd "$BENCH_TMP/w" || exit 1
$GEN plainaliases "$N" > aliases
echo "newaliases: $N aliases ($(wc -c < aliases) bytes)"

measure "newaliases (ours)" "$top_builddir/newaliases" -O AliasFile="$BENCH_TMP/w/aliases" || exit 1
ours=$REPLY ourspeak=$PEAK
"$top_builddir/newaliases" -O AliasFile="$BENCH_TMP/w/aliases" | tail -1

if [ -x "$SM" ] && [ -x "$ORACLE/mc2cf" ] && [ "$(id -u)" = 0 ]; then
	printf 'OSTYPE(`linux'"'"')dnl\nMAILER(`local'"'"')dnl\n' > t.mc
	"$ORACLE/mc2cf" t.mc > t.cf
	RUN="sh $top_srcdir/tests/maps/oracle-bi.sh $BENCH_TMP/w"
	measure "real sendmail -bi" $RUN "$SM" -C /srv/t.cf -O QueueDirectory=/srv/q \
	    -O ServiceSwitchFile=/srv/service.switch -O AliasFile=/srv/aliases -bi || exit 1
	ratio "$ours" "$REPLY" "newaliases vs real sendmail -bi (goal <= 0.2)"
	measure "sandbox overhead (true)" $RUN true
else
	echo "bench: real sendmail not available (needs root and ../shared/oracle)"
fi

P="$PEERS/root"
if [ -x "$P/usr/sbin/postalias" ] && [ -f "$PEERS/conf/main.cf" ]; then
	measure "postalias lmdb:" env LD_LIBRARY_PATH="$P/usr/lib/postfix" \
	    "$P/usr/sbin/postalias" -c "$PEERS/conf" lmdb:aliases || exit 1
	ratio "$ours" "$REPLY" "newaliases vs postalias lmdb: (goal <= 1)"
	/usr/bin/time -f '%U %S' -o cpu.out "$top_builddir/newaliases" -O AliasFile="$BENCH_TMP/w/aliases" > /dev/null
	echo "cpu (user+sys): ours $(awk '{ print $1 + $2 }' cpu.out) s"
	/usr/bin/time -f '%U %S' -o cpu.out env LD_LIBRARY_PATH="$P/usr/lib/postfix" \
	    "$P/usr/sbin/postalias" -c "$PEERS/conf" lmdb:aliases
	echo "cpu (user+sys): postalias $(awk '{ print $1 + $2 }' cpu.out) s"
else
	echo "bench: postalias not unpacked in $PEERS (see bench/makemap.sh)"
fi

echo "linearity (ours):"
for n in 100000 200000 400000 1000000; do
	$GEN plainaliases "$n" > a$n
	BENCH_RUNS=1 measure "  $n aliases" "$top_builddir/newaliases" -O AliasFile="$BENCH_TMP/w/a$n" || exit 1
	/usr/bin/time -f '%U %S' -o cpu.out "$top_builddir/newaliases" -O AliasFile="$BENCH_TMP/w/a$n" > /dev/null
	c=$(awk '{ print $1 + $2 }' cpu.out)
	echo "    wall $(echo "scale=3; $REPLY * 1000000 / $n" | bc) us per alias; cpu $c s = $(echo "scale=3; $c * 1000000 / $n" | bc) us per alias"
done
echo "peak memory of our newaliases (100k): $ourspeak KiB"
