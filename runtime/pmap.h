/*
 * pmap.h -- the policy engine's view of a sendmail map: a key goes in, a
 * value (and where it came from) comes out.
 *
 * Backends are function-pointer structs.  The text backend reads a map
 * source the way makemap does (maps.md 1.1: key up to the first blank,
 * value verbatim after the blank run, '#' lines and empty lines skipped,
 * keys lower-cased unless the K line has -f, the first duplicate kept)
 * into a hash table and remembers each key's line for --explain.
 * The LMDB backend reads a map built by makemap (maps/lmdbmap.h); it
 * knows no source lines.
 *
 * Convention: lookup returns 1 found, 0 not found, -1 temporary failure.
 * The value and file are borrowed until the map is closed.
 */
#ifndef MAILCF_RUNTIME_PMAP_H
#define MAILCF_RUNTIME_PMAP_H

struct pmap;

struct pmap_hit {
	const char	*value;		/* borrowed */
	const char	*file;		/* source file, or NULL */
	int		 line;		/* line in file, 0 when unknown */
};

struct pmap_backend {
	const char	*name;
	int		(*lookup)(struct pmap *, const char *key,
			    struct pmap_hit *);
	void		(*close)(struct pmap *);
};

struct pmap {
	const struct pmap_backend *be;
	char		*name;		/* K-line name: access, virtuser ... */
	int		 fold;		/* lower-case keys (no -f) */
	int		 dequote;	/* strip double quotes (no -q) */
	void		*priv;
};

/* Opens the text source PATH; missing + optional = empty map.  Returns
 * NULL and fills err on error.  Owned by the caller (pmap_close). */
struct pmap	*pmap_open_text(const char *name, const char *path, int fold,
		    int optional, char *err, size_t errlen);
/* Opens an LMDB map file (NAME.lmdb as makemap writes it); SOURCE (may
 * be NULL or missing) is its text source, read for --explain lines. */
struct pmap	*pmap_open_lmdb(const char *name, const char *path,
		    const char *source, char *err, size_t errlen);
/* An empty map that fails every lookup temporarily (tests, -T paths). */
struct pmap	*pmap_open_fail(const char *name);
/* Looks KEY up after sendmail's key normalisation. */
int		 pmap_lookup(struct pmap *, const char *key, struct pmap_hit *);
void		 pmap_close(struct pmap *);

#endif
