/*
 * test_lmdbmap.c -- unit tests of maps/lmdbmap.c: build and read back,
 * folding and NUL as recorded, duplicates, the build record, a reader
 * that keeps its view while the map is replaced, growth that gives the
 * same bytes, and failures that leave the old map and no stray file.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xalloc.h"

#include "maps/lmdbmap.h"
#include "tests/tap.h"

static char dir[512];

static struct lmdbmap_rec
rec(const char *k, const char *v, unsigned line)
{
	struct lmdbmap_rec r;

	r.key = k;
	r.klen = (uint32_t)strlen(k);
	r.val = v;
	r.vlen = (uint32_t)strlen(v);
	r.line = line;
	return r;
}

static int
build(const char *path, struct lmdbmap_rec *r, size_t n, unsigned flags)
{
	struct lmdbmap_info info;
	char err[LMDBMAP_ERRLEN];
	int rc;

	memset(&info, 0, sizeof(info));
	info.flags = flags;
	strcpy(info.type, "hash");
	strcpy(info.digest, "00ff");
	lmdbmap_sort(r, n);
	rc = lmdbmap_build(path, r, n, &info, 0640, NULL, NULL, err,
	    sizeof(err));
	if (rc == -1)
		printf("# build: %s\n", err);
	return rc;
}

static char *
lookup(struct lmdbmap *m, const char *k)
{
	const char *v;
	size_t vlen;
	int rc = lmdbmap_lookup(m, k, strlen(k), &v, &vlen, NULL, 0);

	return rc == 1 ? xstrndup(v, vlen) : NULL;
}

static int
count_cb(void *arg, const char *k, size_t kl, const char *v, size_t vl)
{
	(*(int *)arg)++;
	return 0;
}

static int
entries_in_dir(void)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	while ((de = readdir(d)) != NULL)
		if (de->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

static int
files_equal(const char *a, const char *b)
{
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
	int ca, cb, eq = fa && fb;

	while (eq) {
		ca = getc(fa);
		cb = getc(fb);
		if (ca != cb)
			eq = 0;
		if (ca == EOF)
			break;
	}
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	return eq;
}

static void
test_basic(void)
{
	char path[600], *v;
	struct lmdbmap_rec r[3];
	struct lmdbmap *m;
	const char *val;
	size_t vlen;
	int n = 0;

	snprintf(path, sizeof(path), "%s/basic.lmdb", dir);
	r[0] = rec("b.example", "RELAY", 1);
	r[1] = rec("a.example", "REJECT", 2);
	r[2] = rec("connect:10.1", "OK", 3);
	ok(build(path, r, 3, LMDBMAP_FOLD) == 0, "build a folded map");
	ok(lmdbmap_open(&m, path, NULL, 0) == 0, "open it");
	is_str(lmdbmap_info(m)->type, "hash", "the type is recorded");
	is_str(lmdbmap_info(m)->digest, "00ff", "the digest is recorded");
	is_int(lmdbmap_info(m)->entries, 3, "the entry count is recorded");
	is_int(lmdbmap_info(m)->flags, LMDBMAP_FOLD, "the flags are recorded");
	v = lookup(m, "A.Example");
	is_str(v, "REJECT", "lookup folds the key of a folded map");
	free(v);
	ok(lmdbmap_get(m, "A.Example", 9, &val, &vlen, NULL, 0) == 0,
	    "a raw get does not fold");
	ok(lookup(m, "c.example") == NULL, "a missing key is not found");
	lmdbmap_foreach(m, count_cb, &n, NULL, 0);
	is_int(n, 3, "foreach sees every entry");
	ok(!lmdbmap_changed(m), "the map has not changed");
	lmdbmap_close(m);
}

static void
test_nul_dups(void)
{
	char path[600], *v;
	struct lmdbmap_rec r[4];
	struct lmdbmap *m;
	const char *val;
	size_t vlen;
	int n = 0;

	snprintf(path, sizeof(path), "%s/nul.lmdb", dir);
	r[0].key = "root";
	r[0].klen = 5;
	r[0].val = "admin";
	r[0].vlen = 6;
	r[0].line = 1;
	r[1].key = "@";
	r[1].klen = 2;
	r[1].val = "@";
	r[1].vlen = 2;
	r[1].line = 2;
	ok(build(path, r, 2, LMDBMAP_FOLD | LMDBMAP_NUL | LMDBMAP_ALIASES)
	    == 0, "build a NUL map");
	ok(lmdbmap_open(&m, path, NULL, 0) == 0, "open it");
	v = lookup(m, "ROOT");
	is_str(v, "admin", "lookup adds the NUL and strips it from the value");
	free(v);
	ok(lmdbmap_get(m, "root", 4, &val, &vlen, NULL, 0) == 0,
	    "the key without its NUL is not stored");
	lmdbmap_close(m);

	snprintf(path, sizeof(path), "%s/dups.lmdb", dir);
	r[0] = rec("k", "first", 1);
	r[1] = rec("k", "second", 2);
	r[2] = rec("j", "only", 3);
	r[3] = rec("k", "third", 4);
	ok(build(path, r, 4, LMDBMAP_DUPS) == 0, "build with duplicates");
	ok(lmdbmap_open(&m, path, NULL, 0) == 0, "open it");
	v = lookup(m, "k");
	is_str(v, "first", "a lookup gives the first value");
	free(v);
	lmdbmap_foreach(m, count_cb, &n, NULL, 0);
	is_int(n, 4, "foreach sees every duplicate");
	lmdbmap_close(m);

	r[0] = rec("k", "first", 1);
	r[1] = rec("k", "second", 2);
	ok(build(path, r, 2, 0) == -1,
	    "equal keys without LMDBMAP_DUPS are refused");
}

/* A reader keeps its view; the new file replaces the old at once. */
static void
test_replace(void)
{
	char path[600], *v;
	struct lmdbmap_rec r[1];
	struct lmdbmap *old, *new;

	snprintf(path, sizeof(path), "%s/replace.lmdb", dir);
	r[0] = rec("key", "old value", 1);
	build(path, r, 1, 0);
	ok(lmdbmap_open(&old, path, NULL, 0) == 0, "open the old map");
	r[0] = rec("key", "new value", 1);
	ok(build(path, r, 1, 0) == 0, "rebuild while a reader has it open");
	v = lookup(old, "key");
	is_str(v, "old value", "the open reader still sees the old map");
	free(v);
	ok(lmdbmap_changed(old), "the reader can tell the file was replaced");
	ok(lmdbmap_open(&new, path, NULL, 0) == 0, "open the new map");
	v = lookup(new, "key");
	is_str(v, "new value", "a new reader sees the new map");
	free(v);
	lmdbmap_close(new);
	lmdbmap_close(old);
}

/* Growth from a tiny first guess gives the same bytes. */
static void
test_growth(void)
{
	char a[600], b[600], (*keys)[32];
	struct lmdbmap_rec *r;
	size_t n = 50000, i;

	snprintf(a, sizeof(a), "%s/grow-a.lmdb", dir);
	snprintf(b, sizeof(b), "%s/grow-b.lmdb", dir);
	keys = xreallocarray(NULL, n, sizeof(*keys));
	r = xreallocarray(NULL, n, sizeof(*r));
	for (i = 0; i < n; i++) {
		snprintf(keys[i], sizeof(keys[i]), "key%07zu.example",
		    (i * 7919) % n);
		r[i] = rec(keys[i], "RELAY with some value text", (unsigned)i);
	}
	unsetenv("MAILCF_LMDB_MAPSIZE");
	ok(build(a, r, n, LMDBMAP_FOLD) == 0, "build 50,000 entries");
	is_int(lmdbmap_last_growths(), 0, "the estimate needed no growth");
	setenv("MAILCF_LMDB_MAPSIZE", "65536", 1);
	ok(build(b, r, n, LMDBMAP_FOLD) == 0,
	    "build them again from a 64 KiB map");
	ok(lmdbmap_last_growths() >= 5, "the map grew (%d times)",
	    lmdbmap_last_growths());
	unsetenv("MAILCF_LMDB_MAPSIZE");
	ok(files_equal(a, b), "the grown map is byte-for-byte the same");
	free(keys);
	free(r);
}

static void
test_failures(void)
{
	char path[600], bad[700], err[LMDBMAP_ERRLEN], *v;
	struct lmdbmap_rec r[2];
	struct lmdbmap_info info;
	struct lmdbmap *m;
	int before;

	snprintf(path, sizeof(path), "%s/keep.lmdb", dir);
	r[0] = rec("a", "1", 1);
	build(path, r, 1, 0);
	before = entries_in_dir();
	r[0] = rec("b", "x", 1);
	r[1] = rec("b", "y", 2);
	ok(build(path, r, 2, 0) == -1, "a failing build fails");
	ok(lmdbmap_open(&m, path, NULL, 0) == 0, "the old map is still there");
	v = lookup(m, "a");
	is_str(v, "1", "with its old contents");
	free(v);
	lmdbmap_close(m);
	is_int(entries_in_dir(), before, "and no stray file was left");

	snprintf(bad, sizeof(bad), "%s/no/such/dir/x.lmdb", dir);
	memset(&info, 0, sizeof(info));
	ok(lmdbmap_build(bad, r, 1, &info, 0640, NULL, NULL, err,
	    sizeof(err)) == -1, "a build in a missing directory fails");
	ok(strstr(err, "x.lmdb") != NULL, "the error names the map: %s", err);
	ok(lmdbmap_open(&m, bad, err, sizeof(err)) == -1 && errno == ENOENT,
	    "opening a missing map fails with ENOENT");

	snprintf(bad, sizeof(bad), "%s/garbage.lmdb", dir);
	{
		FILE *fp = fopen(bad, "w");

		fputs("not a map\n", fp);
		fclose(fp);
	}
	ok(lmdbmap_open(&m, bad, err, sizeof(err)) == -1,
	    "a file that is not a map is refused: %s", err);
}

static void
test_misc(void)
{
	char *f, s[] = "MiXeD-Case.ORG";
	char d[65];

	f = lmdbmap_filename("/etc/mail/access");
	is_str(f, "/etc/mail/access.lmdb", "NAME -> NAME.lmdb");
	free(f);
	f = lmdbmap_filename("access.db");
	is_str(f, "access.lmdb", "NAME.db -> NAME.lmdb (FreeBSD's Makefile)");
	free(f);
	f = lmdbmap_filename("access.lmdb");
	is_str(f, "access.lmdb", "NAME.lmdb stays");
	free(f);
	lmdbmap_fold(s, strlen(s));
	is_str(s, "mixed-case.org", "folding lowercases ASCII only");
	lmdbmap_digest("abc", 3, d);
	is_str(d, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad", "SHA-256 of \"abc\"");
}

int
main(void)
{
	const char *t = getenv("TMPDIR");

	snprintf(dir, sizeof(dir), "%s/lmdbmap.XXXXXX", t ? t : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_basic();
	test_nul_dups();
	test_replace();
	test_growth();
	test_failures();
	test_misc();
	return done_testing();
}
