/*
 * lmdbmap.c -- the LMDB wrapper; see lmdbmap.h for the file layout.
 *
 * Building.  The records are already parsed, folded and sorted in memory,
 * so a build is a replay: one write transaction that appends every record
 * with MDB_APPEND (sorted input makes LMDB fill its pages completely and
 * never split in the middle).  The file is an O_TMPFILE inode in the
 * target's directory, which LMDB opens through /proc/self/fd/N: if the
 * process dies (kill -9, disk full, a crash) the inode simply disappears.
 * Only a finished, fsynced file gets a name, and that name is renamed over
 * the target at once.  The environment runs with MDB_NOSYNC because the
 * whole file is fsynced once before it is published; a commit-time sync
 * would only slow the build down (mdb_load's commit-every-100 trick is not
 * needed either: there is nothing partial to protect).
 *
 * Map size.  LMDB records the map size in its two meta pages, so the
 * size must be a function of the data alone if two builds of the same
 * source are to give the same bytes.  The estimate E (twice the payload
 * plus per-record overhead) is that function; it is generous, so in
 * practice the first attempt fits.  On MDB_MAP_FULL the attempt is
 * abandoned, the file truncated, and the size doubled; once an attempt
 * fits, the map is built again at the canonical size (E when the data
 * fits E, else twice the pages used, rounded) unless that is the size
 * that just worked.  Page allocation does not depend on the map size, so
 * the result is the same file whatever the first guess was.  The
 * MAILCF_LMDB_MAPSIZE environment variable forces a first guess (tests).
 */
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <lmdb.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "errbuf.h"
#include "atomicfile.h"
#include "xalloc.h"

#include "maps/lmdbmap.h"

#define FORMAT_NAME	"mailcf-map 1"
#define MIB		((size_t)1 << 20)
#define MAPSIZE_CAP	((size_t)1 << 40)	/* 1 TiB of address space */

struct lmdbmap {
	MDB_env		*env;
	MDB_txn		*txn;
	MDB_dbi		 map, dups, meta;
	int		 hasdups;
	char		*path;
	dev_t		 dev;
	ino_t		 ino;
	char		*keybuf;	/* lookup scratch */
	size_t		 keycap;
	struct lmdbmap_info info;
};

static int growths;

/* --- small helpers ------------------------------------------------- */

void
lmdbmap_fold(char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			s[i] += 'a' - 'A';
}

char *
lmdbmap_filename(const char *name)
{
	size_t n = strlen(name);

	if (n > 3 && strcmp(name + n - 3, ".db") == 0)
		return xasprintf("%.*s.lmdb", (int)(n - 3), name);
	if (n > 5 && strcmp(name + n - 5, ".lmdb") == 0)
		return xstrdup(name);
	return xasprintf("%s.lmdb", name);
}

void
lmdbmap_digest(const void *buf, size_t len, char out[65])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0, i;

	if (EVP_Digest(buf, len, md, &mdlen, EVP_sha256(), NULL) != 1)
		mdlen = 0;
	for (i = 0; i < mdlen && i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
	out[2 * i] = '\0';
}

int
lmdbmap_last_growths(void)
{
	return growths;
}

/* --- sorting --------------------------------------------------------- */

static int
keycmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = alen < blen ? alen : blen;
	int c;

	if (n > 0 && (c = memcmp(a, b, n)) != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

static int
reccmp(const void *pa, const void *pb)
{
	const struct lmdbmap_rec *a = pa, *b = pb;
	int c;

	if ((c = keycmp(a->key, a->klen, b->key, b->klen)) != 0)
		return c;
	return (a->line > b->line) - (a->line < b->line);
}

/*
 * Radix-sort pass on the first key byte, then qsort inside each bucket:
 * most of the comparisons qsort would spend on the first byte are gone,
 * and the buckets are small enough to stay in cache.
 */
void
lmdbmap_sort(struct lmdbmap_rec *recs, size_t n)
{
	size_t count[257], start[257], pos[257], i, b;
	struct lmdbmap_rec *tmp;

	if (n < 2)
		return;
	if (n < 4096) {
		qsort(recs, n, sizeof(*recs), reccmp);
		return;
	}
	memset(count, 0, sizeof(count));
	for (i = 0; i < n; i++)
		count[recs[i].klen ? (unsigned char)recs[i].key[0] + 1 : 0]++;
	start[0] = 0;
	for (b = 1; b < 257; b++)
		start[b] = start[b - 1] + count[b - 1];
	memcpy(pos, start, sizeof(pos));
	tmp = xreallocarray(NULL, n, sizeof(*tmp));
	for (i = 0; i < n; i++) {
		b = recs[i].klen ? (unsigned char)recs[i].key[0] + 1 : 0;
		tmp[pos[b]++] = recs[i];
	}
	memcpy(recs, tmp, n * sizeof(*recs));
	free(tmp);
	for (b = 0; b < 257; b++)
		if (count[b] > 1)
			qsort(recs + start[b], count[b], sizeof(*recs), reccmp);
}

/* --- building -------------------------------------------------------- */

static size_t
roundup_mib(size_t n)
{
	return (n + MIB - 1) & ~(MIB - 1);
}

static size_t
estimate(const struct lmdbmap_rec *recs, size_t n)
{
	size_t bytes = 0, i;

	for (i = 0; i < n; i++)
		bytes += recs[i].klen + recs[i].vlen + 24;
	return roundup_mib(2 * bytes + 4 * MIB);
}

static int
put_meta(MDB_txn *txn, MDB_dbi dbi, const char *k, const char *v)
{
	MDB_val key, val;

	key.mv_data = (void *)k;
	key.mv_size = strlen(k);
	val.mv_data = (void *)v;
	val.mv_size = strlen(v);
	return mdb_put(txn, dbi, &key, &val, 0);
}

static int
write_meta(MDB_txn *txn, MDB_dbi dbi, const struct lmdbmap_info *info)
{
	char flags[64], entries[32];
	int rc;

	flags[0] = '\0';
	if (info->flags & LMDBMAP_FOLD)
		strcat(flags, ",fold");
	if (info->flags & LMDBMAP_NUL)
		strcat(flags, ",nul");
	if (info->flags & LMDBMAP_DUPS)
		strcat(flags, ",dups");
	if (info->flags & LMDBMAP_ALIASES)
		strcat(flags, ",aliases");
	snprintf(entries, sizeof(entries), "%llu",
	    (unsigned long long)info->entries);
	if ((rc = put_meta(txn, dbi, "format", FORMAT_NAME)) ||
	    (rc = put_meta(txn, dbi, "flags", flags[0] ? flags + 1 : "")) ||
	    (rc = put_meta(txn, dbi, "type", info->type)) ||
	    (rc = put_meta(txn, dbi, "entries", entries)) ||
	    (rc = put_meta(txn, dbi, "source-sha256", info->digest)))
		return rc;
	return 0;
}

/* The records of one attempt; returns an LMDB or errno code. */
static int
load(MDB_txn *txn, const struct lmdbmap_rec *recs, size_t n,
    struct lmdbmap_info *info, lmdbmap_progress_fn progress, void *arg,
    size_t *badrec)
{
	MDB_dbi map, dups = 0, meta;
	MDB_val key, val;
	char dkey[LMDBMAP_MAXKEY + 8];
	uint32_t idx = 0;
	size_t i;
	int rc;

	if ((rc = mdb_dbi_open(txn, "map", MDB_CREATE, &map)) ||
	    ((info->flags & LMDBMAP_DUPS) &&
	    (rc = mdb_dbi_open(txn, "dups", MDB_CREATE, &dups))) ||
	    (rc = mdb_dbi_open(txn, "meta", MDB_CREATE, &meta)))
		return rc;
	for (i = 0; i < n; i++) {
		*badrec = i;
		if (progress != NULL && (i & 0xffff) == 0)
			progress(arg, i, n);
		if (i > 0 && keycmp(recs[i - 1].key, recs[i - 1].klen,
		    recs[i].key, recs[i].klen) == 0) {
			if (!(info->flags & LMDBMAP_DUPS))
				return MDB_KEYEXIST;
			if (recs[i].klen + 5 > LMDBMAP_MAXKEY)
				return MDB_BAD_VALSIZE;
			idx++;
			memcpy(dkey, recs[i].key, recs[i].klen);
			dkey[recs[i].klen] = '\0';
			dkey[recs[i].klen + 1] = (char)(idx >> 24);
			dkey[recs[i].klen + 2] = (char)(idx >> 16);
			dkey[recs[i].klen + 3] = (char)(idx >> 8);
			dkey[recs[i].klen + 4] = (char)idx;
			key.mv_data = dkey;
			key.mv_size = recs[i].klen + 5;
			val.mv_data = (void *)recs[i].val;
			val.mv_size = recs[i].vlen;
			if ((rc = mdb_put(txn, dups, &key, &val, 0)) != 0)
				return rc;
			continue;
		}
		idx = 0;
		key.mv_data = (void *)recs[i].key;
		key.mv_size = recs[i].klen;
		val.mv_data = (void *)recs[i].val;
		val.mv_size = recs[i].vlen;
		if ((rc = mdb_put(txn, map, &key, &val,
		    MDB_APPEND | MDB_NOOVERWRITE)) != 0)
			return rc;
	}
	*badrec = n;
	if (progress != NULL)
		progress(arg, n, n);
	info->entries = n;
	return write_meta(txn, meta, info);
}

static const char *
errtext(int rc)
{
	switch (rc) {
	case MDB_BAD_VALSIZE:
		return "key too long (511 bytes max) or empty";
	case MDB_KEYEXIST:
		return "duplicate or unsorted key";
	default:
		return mdb_strerror(rc);
	}
}

/*
 * One attempt at mapsize.  Returns 0, or an LMDB/errno code (MDB_MAP_FULL
 * means: try again bigger).  *used gets the bytes of pages in use.
 */
static int
attempt(int fd, const char *lmdbpath, size_t mapsize,
    const struct lmdbmap_rec *recs, size_t n, struct lmdbmap_info *info,
    mode_t mode, lmdbmap_progress_fn progress, void *arg, size_t *used,
    size_t *badrec)
{
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_envinfo ei;
	MDB_stat st;
	int rc;

	if (ftruncate(fd, 0) == -1)
		return errno;
	if ((rc = mdb_env_create(&env)) != 0)
		return rc;
	if ((rc = mdb_env_set_mapsize(env, mapsize)) ||
	    (rc = mdb_env_set_maxdbs(env, 3)) ||
	    (rc = mdb_env_open(env, lmdbpath,
	    MDB_NOSUBDIR | MDB_NOLOCK | MDB_NOSYNC, mode)))
		goto env_close;
	if ((rc = mdb_txn_begin(env, NULL, 0, &txn)) != 0)
		goto env_close;
	if ((rc = load(txn, recs, n, info, progress, arg, badrec)) != 0)
		goto txn_abort;
	rc = mdb_txn_commit(txn);
	txn = NULL;
	if (rc != 0)
		goto env_close;
	if ((rc = mdb_env_info(env, &ei)) || (rc = mdb_env_stat(env, &st)))
		goto env_close;
	*used = ((size_t)ei.me_last_pgno + 1) * st.ms_psize;
	goto env_close;
txn_abort:
	mdb_txn_abort(txn);
env_close:
	mdb_env_close(env);
	return rc;
}

/* A new unnamed (or, as a fallback, named) file beside path. */
static int
open_temp(const char *path, mode_t mode, char **named, char *err,
    size_t errlen)
{
	char *dir, *slash;
	int fd;

	*named = NULL;
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) == NULL) {
		free(dir);
		dir = xstrdup(".");
	} else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
#ifdef O_TMPFILE
	/* LMDB opens the file by name: the unnamed one needs /proc */
	if (access("/proc/self/fd", X_OK) == 0)
		fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, mode);
	else {
		fd = -1;
		errno = EOPNOTSUPP;
	}
	if (fd != -1 || (errno != EOPNOTSUPP && errno != EISDIR &&
	    errno != EINVAL)) {
		if (fd == -1)
			errbuf_set(err, errlen, "%s", strerror(errno));
		free(dir);
		return fd;
	}
#endif
	free(dir);
	{
		mode_t mask = umask(0);

		umask(mask);
		if ((*named = atomicfile_mktemp(path, mode & ~mask, err,
		    errlen)) == NULL)
			return -1;
	}
	if ((fd = open(*named, O_RDWR | O_CLOEXEC)) == -1) {
		errbuf_set(err, errlen, "%s", strerror(errno));
		unlink(*named);
		free(*named);
		*named = NULL;
	}
	return fd;
}

/* Give the finished file fd the name path (atomically replacing it). */
static int
publish(int fd, const char *named, const char *path, char *err,
    size_t errlen)
{
	char proc[64], *tmp;
	sigset_t all, old;
	unsigned seq;
	int rc = 0;

	if (fsync(fd) == -1) {
		errbuf_set(err, errlen, "cannot write %s: %s; the map is unchanged",
		    path, strerror(errno));
		return -1;
	}
	if (named != NULL) {
		if (rename(named, path) == -1) {
			errbuf_set(err, errlen, "cannot rename %s to %s: %s", named,
			    path, strerror(errno));
			return -1;
		}
		return atomicfile_syncdir(path, err, errlen);
	}
	/* the name exists only between linkat() and rename() */
	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	for (seq = 0;; seq++) {
		tmp = xasprintf("%s.%ld.%u", path, (long)getpid(), seq);
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp,
		    AT_SYMLINK_FOLLOW) == 0)
			break;
		if (errno != EEXIST || seq > 100) {
			errbuf_set(err, errlen, "cannot link %s: %s", tmp,
			    strerror(errno));
			free(tmp);
			sigprocmask(SIG_SETMASK, &old, NULL);
			return -1;
		}
		free(tmp);
	}
	if (rename(tmp, path) == -1) {
		errbuf_set(err, errlen, "cannot rename %s to %s: %s", tmp, path,
		    strerror(errno));
		unlink(tmp);
		rc = -1;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	free(tmp);
	if (rc == 0)
		rc = atomicfile_syncdir(path, err, errlen);
	return rc;
}

static size_t
initial_size(size_t est)
{
	const char *s = getenv("MAILCF_LMDB_MAPSIZE");
	char *end;
	unsigned long long v;

	if (s == NULL || *s == '\0')
		return est;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 4096)
		return est;
	return (size_t)v;
}

int
lmdbmap_build(const char *path, const struct lmdbmap_rec *recs, size_t n,
    struct lmdbmap_info *info, mode_t mode, lmdbmap_progress_fn progress,
    void *arg, char *err, size_t errlen)
{
	char lmdbpath[64], *named = NULL;
	const char *where;
	size_t est, size, used = 0, final, badrec = 0;
	int fd, rc;

	growths = 0;
	if ((fd = open_temp(path, mode, &named, err, errlen)) == -1) {
		char why[LMDBMAP_ERRLEN];
		int e = errno;

		snprintf(why, sizeof(why), "%s", err ? err : "");
		errbuf_set(err, errlen, "cannot create %s: %s", path, why);
		errno = e;
		return -1;
	}
	if (named != NULL)
		where = named;
	else {
		snprintf(lmdbpath, sizeof(lmdbpath), "/proc/self/fd/%d", fd);
		where = lmdbpath;
	}
	est = estimate(recs, n);
	size = initial_size(est);
	for (;;) {
		rc = attempt(fd, where, size, recs, n, info, mode, progress,
		    arg, &used, &badrec);
		if (rc != MDB_MAP_FULL)
			break;
		if (size >= MAPSIZE_CAP) {
			rc = ENOSPC;
			break;
		}
		growths++;
		size *= 2;
	}
	if (rc == 0) {
		final = used + 2 * 65536 <= est ? est : roundup_mib(2 * used);
		while (final != size) {
			size = final;
			rc = attempt(fd, where, size, recs, n, info, mode, NULL,
			    NULL, &used, &badrec);
			if (rc != MDB_MAP_FULL || size >= MAPSIZE_CAP)
				break;
			final = size * 2;
		}
	}
	if (rc == EIO) {
		/*
		 * LMDB reports a short write as EIO; on a file system that
		 * is (nearly) full, say what happened.
		 */
		struct statvfs sv;

		if (fstatvfs(fd, &sv) == 0 &&
		    (unsigned long long)sv.f_bavail * sv.f_frsize < 4 * MIB)
			rc = ENOSPC;
	}
	if (rc != 0) {
		if (badrec < n && (rc == MDB_BAD_VALSIZE || rc == MDB_KEYEXIST))
			errbuf_set(err, errlen, "cannot build %s: line %u: %s", path,
			    recs[badrec].line, errtext(rc));
		else
			errbuf_set(err, errlen, "cannot build %s: %s; the map is "
			    "unchanged", path, errtext(rc));
		goto fail;
	}
	if (publish(fd, named, path, err, errlen) == -1) {
		rc = errno ? errno : EIO;
		goto fail;
	}
	close(fd);
	free(named);
	return 0;
fail:
	if (named != NULL)
		unlink(named);
	free(named);
	close(fd);
	/* errno for the caller: a system error, or EIO for LMDB's own */
	errno = rc > 0 && rc < 1000 ? rc : EIO;
	return -1;
}

/* --- reading --------------------------------------------------------- */

static void
read_meta(struct lmdbmap *m)
{
	MDB_val key, val;
	char buf[128];
	static const char *names[] = { "flags", "type", "entries",
	    "source-sha256" };
	size_t i;

	memset(&m->info, 0, sizeof(m->info));
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		key.mv_data = (void *)names[i];
		key.mv_size = strlen(names[i]);
		if (mdb_get(m->txn, m->meta, &key, &val) != 0)
			continue;
		snprintf(buf, sizeof(buf), "%.*s",
		    (int)(val.mv_size < sizeof(buf) ? val.mv_size :
		    sizeof(buf) - 1), (const char *)val.mv_data);
		switch (i) {
		case 0:
			if (strstr(buf, "fold"))
				m->info.flags |= LMDBMAP_FOLD;
			if (strstr(buf, "nul"))
				m->info.flags |= LMDBMAP_NUL;
			if (strstr(buf, "dups"))
				m->info.flags |= LMDBMAP_DUPS;
			if (strstr(buf, "aliases"))
				m->info.flags |= LMDBMAP_ALIASES;
			break;
		case 1:
			snprintf(m->info.type, sizeof(m->info.type), "%.15s",
			    buf);
			break;
		case 2:
			m->info.entries = strtoull(buf, NULL, 10);
			break;
		case 3:
			snprintf(m->info.digest, sizeof(m->info.digest),
			    "%.64s", buf);
			break;
		}
	}
}

int
lmdbmap_open(struct lmdbmap **mp, const char *path, char *err,
    size_t errlen)
{
	struct lmdbmap *m;
	struct stat st;
	MDB_val key, val;
	int rc, fd, e;

	*mp = NULL;
	if (stat(path, &st) == -1) {
		e = errno;
		errbuf_set(err, errlen, "%s: %s", path, strerror(errno));
		errno = e;
		return -1;
	}
	m = xcalloc(1, sizeof(*m));
	if ((rc = mdb_env_create(&m->env)) ||
	    (rc = mdb_env_set_maxdbs(m->env, 3)) ||
	    (rc = mdb_env_open(m->env, path,
	    MDB_NOSUBDIR | MDB_RDONLY | MDB_NOLOCK, 0)) ||
	    (rc = mdb_txn_begin(m->env, NULL, MDB_RDONLY, &m->txn)))
		goto fail;
	if ((rc = mdb_dbi_open(m->txn, "meta", 0, &m->meta)) ||
	    (rc = mdb_dbi_open(m->txn, "map", 0, &m->map))) {
		errbuf_set(err, errlen, "%s: not a mailcf map (no %s database)",
		    path, "map/meta");
		lmdbmap_close(m);
		errno = EINVAL;
		return -1;
	}
	key.mv_data = "format";
	key.mv_size = 6;
	if (mdb_get(m->txn, m->meta, &key, &val) != 0 ||
	    val.mv_size != strlen(FORMAT_NAME) ||
	    memcmp(val.mv_data, FORMAT_NAME, val.mv_size) != 0) {
		errbuf_set(err, errlen, "%s: not a mailcf map of format \"%s\"",
		    path, FORMAT_NAME);
		lmdbmap_close(m);
		errno = EINVAL;
		return -1;
	}
	m->hasdups = mdb_dbi_open(m->txn, "dups", 0, &m->dups) == 0;
	if (mdb_env_get_fd(m->env, &fd) == 0 && fstat(fd, &st) == 0) {
		m->dev = st.st_dev;
		m->ino = st.st_ino;
	}
	m->path = xstrdup(path);
	read_meta(m);
	*mp = m;
	return 0;
fail:
	errbuf_set(err, errlen, "%s: %s", path, rc == MDB_INVALID ?
	    "not an LMDB map" : mdb_strerror(rc));
	lmdbmap_close(m);
	errno = rc == MDB_INVALID ? EINVAL : (rc > 0 ? rc : EIO);
	return -1;
}

void
lmdbmap_close(struct lmdbmap *m)
{
	if (m == NULL)
		return;
	if (m->txn != NULL)
		mdb_txn_abort(m->txn);
	if (m->env != NULL)
		mdb_env_close(m->env);
	free(m->path);
	free(m->keybuf);
	free(m);
}

const struct lmdbmap_info *
lmdbmap_info(const struct lmdbmap *m)
{
	return &m->info;
}

int
lmdbmap_changed(const struct lmdbmap *m)
{
	struct stat st;

	if (stat(m->path, &st) == -1)
		return 1;
	return st.st_dev != m->dev || st.st_ino != m->ino;
}

int
lmdbmap_get(struct lmdbmap *m, const void *k, size_t klen,
    const char **vp, size_t *vlenp, char *err, size_t errlen)
{
	MDB_val key, val;
	int rc;

	if (klen == 0 || klen > LMDBMAP_MAXKEY)
		return 0;
	key.mv_data = (void *)k;
	key.mv_size = klen;
	if ((rc = mdb_get(m->txn, m->map, &key, &val)) == MDB_NOTFOUND)
		return 0;
	if (rc != 0) {
		errbuf_set(err, errlen, "%s: %s", m->path, mdb_strerror(rc));
		return -1;
	}
	*vp = val.mv_data;
	*vlenp = val.mv_size;
	return 1;
}

int
lmdbmap_lookup(struct lmdbmap *m, const char *k, size_t klen,
    const char **vp, size_t *vlenp, char *err, size_t errlen)
{
	size_t n = klen + 1;
	int rc;

	if (!(m->info.flags & (LMDBMAP_FOLD | LMDBMAP_NUL)))
		return lmdbmap_get(m, k, klen, vp, vlenp, err, errlen);
	if (n > m->keycap) {
		m->keycap = n < 256 ? 256 : n;
		m->keybuf = xrealloc(m->keybuf, m->keycap);
	}
	memcpy(m->keybuf, k, klen);
	if (m->info.flags & LMDBMAP_FOLD)
		lmdbmap_fold(m->keybuf, klen);
	n = klen;
	if (m->info.flags & LMDBMAP_NUL)
		m->keybuf[n++] = '\0';
	rc = lmdbmap_get(m, m->keybuf, n, vp, vlenp, err, errlen);
	if (rc == 1 && (m->info.flags & LMDBMAP_NUL) && *vlenp > 0 &&
	    (*vp)[*vlenp - 1] == '\0')
		(*vlenp)--;
	return rc;
}

int
lmdbmap_foreach(struct lmdbmap *m, lmdbmap_entry_fn fn, void *arg,
    char *err, size_t errlen)
{
	MDB_cursor *c = NULL, *dc = NULL;
	MDB_val key, val, dkey, dval;
	int rc, drc = MDB_NOTFOUND, r = 0;

	if ((rc = mdb_cursor_open(m->txn, m->map, &c)) != 0)
		goto fail;
	if (m->hasdups) {
		if ((rc = mdb_cursor_open(m->txn, m->dups, &dc)) != 0)
			goto fail;
		drc = mdb_cursor_get(dc, &dkey, &dval, MDB_FIRST);
	}
	for (rc = mdb_cursor_get(c, &key, &val, MDB_FIRST); rc == 0;
	    rc = mdb_cursor_get(c, &key, &val, MDB_NEXT)) {
		if ((r = fn(arg, key.mv_data, key.mv_size, val.mv_data,
		    val.mv_size)) != 0)
			break;
		while (drc == 0 && dkey.mv_size == key.mv_size + 5 &&
		    memcmp(dkey.mv_data, key.mv_data, key.mv_size) == 0) {
			if ((r = fn(arg, key.mv_data, key.mv_size,
			    dval.mv_data, dval.mv_size)) != 0)
				goto out;
			drc = mdb_cursor_get(dc, &dkey, &dval, MDB_NEXT);
		}
	}
	if (r == 0 && rc != MDB_NOTFOUND)
		goto fail;
out:
	mdb_cursor_close(c);
	if (dc != NULL)
		mdb_cursor_close(dc);
	return r;
fail:
	errbuf_set(err, errlen, "%s: %s", m->path, mdb_strerror(rc));
	if (c != NULL)
		mdb_cursor_close(c);
	if (dc != NULL)
		mdb_cursor_close(dc);
	return -1;
}
