/*
 * lmdbmap.h -- the one LMDB wrapper: every tool, lint and the runtime
 * build and read maps through it, and nothing else calls mdb_*.
 *
 * A map is one file NAME.lmdb (MDB_NOSUBDIR) with three named databases:
 *
 *	"map"	the entries, sorted by key bytes (the first value of a key);
 *	"dups"	with LMDBMAP_DUPS only: the 2nd, 3rd, ... value of a key,
 *		under key + '\0' + 4-byte big-endian index;
 *	"meta"	how the map was built: "format" ("mailcf-map 1"), "flags"
 *		(comma list: fold, nul, dups, aliases), "type" (the type
 *		named when it was built: hash, btree, dbm, lmdb, implicit),
 *		"entries" (decimal), "source-sha256" (hex digest of the
 *		source text, or empty).
 *
 * Readers never guess: lmdbmap_lookup() folds the key and adds the NUL
 * exactly as the map records.  Debian's `mdb_dump -n -s map FILE` reads
 * a map independently.
 *
 * Builds replace the file atomically (see lmdbmap_build()).
 *
 * Error convention: functions return 0 (or 1 for "found") and -1 on
 * error with a sentence in err; they never print or exit.
 */
#ifndef MAILCF_LMDBMAP_H
#define MAILCF_LMDBMAP_H

#include <sys/types.h>

#include <stddef.h>
#include <stdint.h>

#define LMDBMAP_ERRLEN		512
#define LMDBMAP_MAXKEY		511	/* LMDB 0.9's compiled-in key limit */

/* flags recorded in the map */
#define LMDBMAP_FOLD		0x01	/* keys lowercased (ASCII A-Z) */
#define LMDBMAP_NUL		0x02	/* keys and values end in a NUL byte */
#define LMDBMAP_DUPS		0x04	/* a key may have several values */
#define LMDBMAP_ALIASES		0x08	/* alias database (with "@" -> "@") */

/*
 * One entry to store.  key/val are borrowed for the duration of
 * lmdbmap_build(); line is the source line (for ordering and messages).
 */
struct lmdbmap_rec {
	const char	*key;
	const char	*val;
	uint32_t	 klen;
	uint32_t	 vlen;
	uint32_t	 line;
};

struct lmdbmap_info {
	unsigned	 flags;		/* LMDBMAP_* */
	char		 type[16];	/* e.g. "hash" */
	char		 digest[65];	/* hex SHA-256 of the source, or "" */
	uint64_t	 entries;	/* records stored (dups included) */
};

/* Progress callback: done out of total records written. */
typedef void	(*lmdbmap_progress_fn)(void *arg, size_t done, size_t total);

/*
 * Sort records by key bytes, ties by line, so that duplicates are
 * adjacent in source order.  recs is sorted in place.
 */
void	lmdbmap_sort(struct lmdbmap_rec *recs, size_t n);

/*
 * Build the map file path from n records sorted by lmdbmap_sort() with
 * no two equal keys unless info->flags has LMDBMAP_DUPS.  The file is
 * written as an unnamed temporary in the target's directory (O_TMPFILE;
 * a named "<path>.XXXXXX" where unsupported), in one write transaction,
 * fsynced, linked and renamed over path, and the directory fsynced: a
 * reader of the old map keeps a consistent view, and a failed or killed
 * build leaves the old map and no stray file.  MDB_MAP_FULL grows the
 * map and replays from memory; the final map size depends only on the
 * data, so a map that had to grow is byte-for-byte the one that did not.
 * info->entries is set here.  progress may be NULL.  Returns 0, or -1
 * with err and errno set (ENOENT, EACCES: the map cannot be created;
 * ENOSPC, EIO: it could not be written).
 */
int	lmdbmap_build(const char *path, const struct lmdbmap_rec *recs,
	    size_t n, struct lmdbmap_info *info, mode_t mode,
	    lmdbmap_progress_fn progress, void *arg, char *err, size_t errlen);

/* Number of growth steps (MDB_MAP_FULL retries) of the last build. */
int	lmdbmap_last_growths(void);

struct lmdbmap;

/*
 * Open a map read-only.  The handle keeps one read transaction: it sees
 * the file as it was when opened, even if a build replaces it (see
 * lmdbmap_changed()).  Returns 0 or -1 (err; errno is kept, so ENOENT
 * can be told apart).
 */
int	lmdbmap_open(struct lmdbmap **, const char *path, char *err,
	    size_t errlen);
void	lmdbmap_close(struct lmdbmap *);

/* Build record of an open map (borrowed until lmdbmap_close()). */
const struct lmdbmap_info *lmdbmap_info(const struct lmdbmap *);

/* 1 when the file at the path is no longer the one that was opened. */
int	lmdbmap_changed(const struct lmdbmap *);

/*
 * Exact lookup of the stored key bytes.  Returns 1 found, 0 not found,
 * -1 error.  *val is borrowed until the handle is closed.
 */
int	lmdbmap_get(struct lmdbmap *, const void *key, size_t klen,
	    const char **val, size_t *vlen, char *err, size_t errlen);

/*
 * Lookup as a reader of this map must: the key is lowercased when the
 * map was built folded and a NUL is appended when it has one; the value
 * is returned without its NUL.  Returns 1, 0 or -1 as lmdbmap_get().
 */
int	lmdbmap_lookup(struct lmdbmap *, const char *key, size_t klen,
	    const char **val, size_t *vlen, char *err, size_t errlen);

/*
 * Call fn for every stored entry (raw bytes) in key order, duplicates
 * after the first value of their key.  fn returns 0 to go on, non-zero
 * to stop (returned as is).  Returns 0, fn's value or -1.
 */
typedef int	(*lmdbmap_entry_fn)(void *arg, const char *key, size_t klen,
		    const char *val, size_t vlen);
int	lmdbmap_foreach(struct lmdbmap *, lmdbmap_entry_fn fn, void *arg,
	    char *err, size_t errlen);

/*
 * The file name of map NAME: a trailing ".db" or ".lmdb" is replaced by
 * ".lmdb", otherwise ".lmdb" is appended.  Returns an allocated string.
 */
char	*lmdbmap_filename(const char *name);

/* Lowercase ASCII A-Z in place (the folding makemap and readers share). */
void	lmdbmap_fold(char *s, size_t len);

/* Hex SHA-256 of buf into out[65]. */
void	lmdbmap_digest(const void *buf, size_t len, char out[65]);

#endif
