#!/bin/sh
# lookup -- one key lookup through lmdbmap_lookup() (fold + the map's
# recorded NUL convention, a long-lived read transaction) against a bare
# mdb_get() on the same file, for 1,000,000 lookups of random keys.  The
# driver is compiled here, against the built maps/libmaps.a.
. "$top_srcdir/bench/lib.sh"
N=${BENCH_N:-200000}
LOOKUPS=${BENCH_LOOKUPS:-1000000}
cd "$BENCH_TMP" || exit 1
awk -v n="$N" 'BEGIN { for (i = 0; i < n; i++)
	printf "Key%08d.example.%d\tRELAY %d\n", (i * 7919) % n, i % 97, i }' > access
"$top_builddir/makemap" hash access < access || exit 1
cut -f1 access > keys
cat > drive.c <<'CEOF'
#include <lmdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "maps/lmdbmap.h"

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec / 1e9; }

int main(int argc, char **argv)
{
	char **keys = NULL, line[256], lower[256];
	size_t nk = 0, i, j, n = strtoul(argv[3], NULL, 10), found = 0;
	FILE *fp = fopen(argv[2], "r");
	struct lmdbmap *m;
	MDB_env *env; MDB_txn *txn; MDB_dbi dbi; MDB_val k, v;
	const char *val; size_t vlen;
	double t0, ours, bare;
	unsigned r = 1;

	while (fgets(line, sizeof line, fp)) {
		line[strcspn(line, "\n")] = 0;
		keys = realloc(keys, (nk + 1) * sizeof(*keys));
		keys[nk++] = strdup(line);
	}
	if (lmdbmap_open(&m, argv[1], NULL, 0) != 0) return 1;
	t0 = now();
	for (i = 0; i < n; i++) {
		r = r * 1103515245 + 12345;
		found += lmdbmap_lookup(m, keys[(r >> 8) % nk], strlen(keys[(r >> 8) % nk]), &val, &vlen, NULL, 0) == 1;
	}
	ours = now() - t0;
	lmdbmap_close(m);
	mdb_env_create(&env); mdb_env_set_maxdbs(env, 3);
	if (mdb_env_open(env, argv[1], MDB_NOSUBDIR | MDB_RDONLY | MDB_NOLOCK, 0)) return 1;
	mdb_txn_begin(env, NULL, MDB_RDONLY, &txn);
	mdb_dbi_open(txn, "map", 0, &dbi);
	r = 1;
	t0 = now();
	for (i = 0; i < n; i++) {
		const char *key;
		r = r * 1103515245 + 12345;
		key = keys[(r >> 8) % nk];
		/* the bare loop still has to fold, as any reader must */
		for (j = 0; key[j]; j++) lower[j] = key[j] >= 'A' && key[j] <= 'Z' ? key[j] + 32 : key[j];
		k.mv_data = lower; k.mv_size = j;
		found -= mdb_get(txn, dbi, &k, &v) == 0;
	}
	bare = now() - t0;
	mdb_txn_abort(txn); mdb_env_close(env);
	printf("lmdbmap_lookup: %.0f ns/lookup\nbare mdb_get:   %.0f ns/lookup\n", ours * 1e9 / n, bare * 1e9 / n);
	printf("ratio lookup: %.3f (ours / bare mdb_get; goal <= 1.3)%s\n", ours / bare, found ? " (MISMATCH)" : "");
	return found != 0;
}
CEOF
cc -O2 -D_GNU_SOURCE -I"$top_srcdir" -I"$top_srcdir/lib" -I"$top_builddir" -o drive drive.c \
    "$top_builddir/maps/libmaps.a" "$top_builddir/lib/libutil.a" -llmdb -lcrypto || exit 1
echo "lookup: $LOOKUPS random lookups in a $N-entry map"
BENCH_RUNS=1 measure "driver (both loops)" ./drive access.lmdb keys "$LOOKUPS" || exit 1
./drive access.lmdb keys "$LOOKUPS"
