/*
 * pmap.c -- map lookups for the policy engine: the text-source backend
 * (a hash table built from the makemap source) and a failing backend.
 * See pmap.h for the source rules.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "maps/lmdbmap.h"
#include "runtime/pmap.h"

struct tent {
	char	*key;
	char	*value;
	int	 line;
};

struct textmap {
	struct tent	*tab;
	size_t		 cap;		/* power of two */
	size_t		 n;
	char		*file;
};

static unsigned long
hash(const char *s)
{
	unsigned long h = 5381;

	while (*s != '\0')
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static struct tent *
slot(struct textmap *tm, const char *key)
{
	size_t i = hash(key) & (tm->cap - 1);

	while (tm->tab[i].key != NULL && strcmp(tm->tab[i].key, key) != 0)
		i = (i + 1) & (tm->cap - 1);
	return &tm->tab[i];
}

static void
grow(struct textmap *tm)
{
	struct tent *old = tm->tab;
	size_t i, ocap = tm->cap;

	tm->cap = ocap ? ocap * 2 : 64;
	tm->tab = xcalloc(tm->cap, sizeof(*tm->tab));
	for (i = 0; i < ocap; i++)
		if (old[i].key != NULL)
			*slot(tm, old[i].key) = old[i];
	free(old);
}

static void
add(struct textmap *tm, char *key, const char *value, int line)
{
	struct tent *e;

	if ((tm->n + 1) * 2 > tm->cap)
		grow(tm);
	e = slot(tm, key);
	if (e->key != NULL) {		/* makemap keeps the first */
		free(key);
		return;
	}
	e->key = key;
	e->value = xstrdup(value);
	e->line = line;
	tm->n++;
}

static int
text_lookup(struct pmap *m, const char *key, struct pmap_hit *hit)
{
	struct textmap *tm = m->priv;
	struct tent *e;

	if (tm->cap == 0)
		return 0;
	e = slot(tm, key);
	if (e->key == NULL)
		return 0;
	hit->value = e->value;
	hit->file = tm->file;
	hit->line = e->line;
	return 1;
}

static void
text_close(struct pmap *m)
{
	struct textmap *tm = m->priv;
	size_t i;

	for (i = 0; i < tm->cap; i++)
		if (tm->tab[i].key != NULL) {
			free(tm->tab[i].key);
			free(tm->tab[i].value);
		}
	free(tm->tab);
	free(tm->file);
	free(tm);
}

static const struct pmap_backend text_backend = {
	.name = "text",
	.lookup = text_lookup,
	.close = text_close,
};

static void
fold_key(char *k)
{
	for (; *k != '\0'; k++)
		*k = tolower((unsigned char)*k);
}

struct pmap *
pmap_open_text(const char *name, const char *path, int fold, int optional,
    char *err, size_t errlen)
{
	struct pmap *m;
	struct textmap *tm;
	FILE *fp;
	char *line = NULL, *k, *v;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0;

	fp = fopen(path, "r");
	if (fp == NULL && !(optional && errno == ENOENT)) {
		snprintf(err, errlen, "%s: cannot open map '%s': %s", path,
		    name, strerror(errno));
		return NULL;
	}
	tm = xcalloc(1, sizeof(*tm));
	tm->file = xstrdup(path);
	m = xcalloc(1, sizeof(*m));
	m->be = &text_backend;
	m->name = xstrdup(name);
	m->fold = fold;
	m->dequote = 1;
	m->priv = tm;
	if (fp == NULL)
		return m;
	while ((len = getline(&line, &cap, fp)) != -1) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (line[0] == '\0' || line[0] == '#' ||
		    isspace((unsigned char)line[0]))
			continue;
		for (v = line; *v != '\0' && *v != ' ' && *v != '\t'; v++)
			;
		k = xstrndup(line, v - line);
		while (*v == ' ' || *v == '\t')
			v++;
		if (fold)
			fold_key(k);
		add(tm, k, v, lineno);
	}
	free(line);
	fclose(fp);
	return m;
}

static int
fail_lookup(struct pmap *m, const char *key, struct pmap_hit *hit)
{
	(void)m;
	(void)key;
	(void)hit;
	return -1;
}

static void
fail_close(struct pmap *m)
{
	(void)m;
}

static const struct pmap_backend fail_backend = {
	.name = "fail",
	.lookup = fail_lookup,
	.close = fail_close,
};

struct pmap *
pmap_open_fail(const char *name)
{
	struct pmap *m = xcalloc(1, sizeof(*m));

	m->be = &fail_backend;
	m->name = xstrdup(name);
	m->fold = 1;
	m->dequote = 1;
	return m;
}

/*
 * LMDB backend over maps/lmdbmap.h: the map records how it was built, so
 * lmdbmap_lookup() folds the key and adds the NUL exactly as makemap
 * stored it.  The value is copied into a scratch buffer (valid until the
 * next lookup); source lines are not known.
 */
struct lmdbpriv {
	struct lmdbmap	*db;
	char		*path;
	char		*buf;
	size_t		 cap;
	struct pmap	*src;		/* the text source, for line numbers */
};

static int
lmdb_lookup(struct pmap *m, const char *key, struct pmap_hit *hit)
{
	struct lmdbpriv *lp = m->priv;
	const char *v;
	size_t vlen;
	char err[LMDBMAP_ERRLEN];
	int r;

	r = lmdbmap_lookup(lp->db, key, strlen(key), &v, &vlen, err,
	    sizeof(err));
	if (r != 1)
		return r;
	if (vlen + 1 > lp->cap) {
		lp->cap = vlen + 1;
		lp->buf = xrealloc(lp->buf, lp->cap);
	}
	memcpy(lp->buf, v, vlen);
	lp->buf[vlen] = '\0';
	hit->value = lp->buf;
	hit->file = lp->path;
	hit->line = 0;
	if (lp->src != NULL) {
		struct pmap_hit sh;
		char *lk = xstrdup(key);

		/* name the source line when the source says the same */
		fold_key(lk);
		if (lp->src->be->lookup(lp->src, lk, &sh) == 1 &&
		    strcmp(sh.value, lp->buf) == 0) {
			hit->file = sh.file;
			hit->line = sh.line;
		}
		free(lk);
	}
	return 1;
}

static void
lmdb_close(struct pmap *m)
{
	struct lmdbpriv *lp = m->priv;

	lmdbmap_close(lp->db);
	pmap_close(lp->src);
	free(lp->path);
	free(lp->buf);
	free(lp);
}

static const struct pmap_backend lmdb_backend = {
	.name = "lmdb",
	.lookup = lmdb_lookup,
	.close = lmdb_close,
};

struct pmap *
pmap_open_lmdb(const char *name, const char *path, const char *source,
    char *err, size_t errlen)
{
	struct lmdbmap *db;
	struct lmdbpriv *lp;
	struct pmap *m;

	if (lmdbmap_open(&db, path, err, errlen) != 0)
		return NULL;
	lp = xcalloc(1, sizeof(*lp));
	lp->db = db;
	lp->path = xstrdup(path);
	if (source != NULL)
		lp->src = pmap_open_text(name, source, 1, 1, err, errlen);
	m = xcalloc(1, sizeof(*m));
	m->be = &lmdb_backend;
	m->name = xstrdup(name);
	m->fold = 0;		/* lmdbmap_lookup folds as the map says */
	m->dequote = 1;
	m->priv = lp;
	return m;
}

int
pmap_lookup(struct pmap *m, const char *key, struct pmap_hit *hit)
{
	char *k, *d;
	const char *s;
	int r;

	if (m == NULL)
		return 0;
	k = xmalloc(strlen(key) + 1);
	for (s = key, d = k; *s != '\0'; s++) {
		if (*s == '"' && m->dequote)
			continue;
		*d++ = m->fold ? tolower((unsigned char)*s) : *s;
	}
	*d = '\0';
	memset(hit, 0, sizeof(*hit));
	r = m->be->lookup(m, k, hit);
	free(k);
	return r;
}

void
pmap_close(struct pmap *m)
{
	if (m == NULL)
		return;
	m->be->close(m);
	free(m->name);
	free(m);
}
