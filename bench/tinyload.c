/*
 * tinyload.c -- the floor for map building: read "key<TAB>value" lines,
 * sort them, bulk-load them with MDB_APPEND in one transaction, publish
 * the file atomically.  Used only by bench/ to prove the harness and to
 * give makemap a floor to be measured against.
 *
 *	usage: tinyload OUT.lmdb < source
 */
#include <errno.h>
#include <lmdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "atomicfile.h"
#include "xalloc.h"

struct kv {
	char	*key;
	size_t	 klen;
	char	*val;
	size_t	 vlen;
};

static int
kvcmp(const void *a, const void *b)
{
	const struct kv *x = a, *y = b;
	size_t n = x->klen < y->klen ? x->klen : y->klen;
	int c;

	if ((c = memcmp(x->key, y->key, n)) != 0)
		return c;
	return (x->klen > y->klen) - (x->klen < y->klen);
}

int
main(int argc, char **argv)
{
	char err[ATOMICFILE_ERRLEN], *data, *p, *end, *tmp;
	size_t cap = 1 << 20, len = 0, n = 0, ncap = 1024, i, j;
	struct kv *kvs;
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	MDB_val k, v;
	ssize_t r;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: tinyload OUT.lmdb < source\n");
		return EX_USAGE;
	}
	data = xmalloc(cap);
	while ((r = read(0, data + len, cap - len)) > 0)
		if ((len += (size_t)r) == cap)
			data = xrealloc(data, cap *= 2);
	kvs = xreallocarray(NULL, ncap, sizeof(*kvs));
	for (p = data, end = data + len; p < end; p = p + 1) {
		char *nl = memchr(p, '\n', (size_t)(end - p)), *sep;

		if (nl == NULL)
			nl = end;
		sep = memchr(p, '\t', (size_t)(nl - p));
		if (sep != NULL) {
			if (n == ncap)
				kvs = xreallocarray(kvs, ncap *= 2, sizeof(*kvs));
			for (j = 0; p + j < sep; j++)
				if (p[j] >= 'A' && p[j] <= 'Z')
					p[j] += 'a' - 'A';
			kvs[n].key = p;
			kvs[n].klen = (size_t)(sep - p);
			kvs[n].val = sep + 1;
			kvs[n].vlen = (size_t)(nl - sep - 1);
			n++;
		}
		p = nl;
	}
	qsort(kvs, n, sizeof(*kvs), kvcmp);

	if ((tmp = atomicfile_mktemp(argv[1], 0644, err, sizeof(err))) == NULL) {
		fprintf(stderr, "tinyload: %s\n", err);
		return EX_CANTCREAT;
	}
	if ((rc = mdb_env_create(&env)) ||
	    (rc = mdb_env_set_mapsize(env, len * 3 + (n + 64) * 64 + (1 << 20))) ||
	    (rc = mdb_env_open(env, tmp, MDB_NOSUBDIR | MDB_NOSYNC | MDB_NOLOCK, 0644)) ||
	    (rc = mdb_txn_begin(env, NULL, 0, &txn)) ||
	    (rc = mdb_dbi_open(txn, NULL, 0, &dbi))) {
		fprintf(stderr, "tinyload: %s: %s\n", tmp, mdb_strerror(rc));
		unlink(tmp);
		return EX_CANTCREAT;
	}
	for (i = 0; i < n; i++) {
		if (i > 0 && kvcmp(&kvs[i - 1], &kvs[i]) == 0)
			continue;
		k.mv_data = kvs[i].key;
		k.mv_size = kvs[i].klen;
		v.mv_data = kvs[i].val;
		v.mv_size = kvs[i].vlen;
		if ((rc = mdb_put(txn, dbi, &k, &v, MDB_APPEND)) != 0) {
			fprintf(stderr, "tinyload: put: %s\n", mdb_strerror(rc));
			unlink(tmp);
			return EX_SOFTWARE;
		}
	}
	if ((rc = mdb_txn_commit(txn)) != 0) {
		fprintf(stderr, "tinyload: commit: %s\n", mdb_strerror(rc));
		unlink(tmp);
		return EX_IOERR;
	}
	mdb_env_close(env);
	if (atomicfile_publish(tmp, argv[1], err, sizeof(err)) == -1) {
		fprintf(stderr, "tinyload: %s\n", err);
		return EX_IOERR;
	}
	free(tmp);
	free(kvs);
	free(data);
	return EX_OK;
}
