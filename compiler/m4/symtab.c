/*
 * symtab.c -- the macro table of the m4 engine: a chained hash table of
 * names, each with a stack of definitions (pushdef/popdef).
 *
 * A definition being called is pinned (m4_def.pins); one that is
 * replaced or removed while pinned is unlinked at once but freed only
 * when the last call using it ends.  Dead definitions are also listed
 * in m->deadlist so m4_free() can release them after a longjmp.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#include "compiler/m4/m4int.h"

/* The hash of a name: eight bytes at a time (names are short). */
static inline unsigned
hash_name(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	while (n >= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
		s += 8;
		n -= 8;
	}
	if (n > 0) {
		size_t i;

		for (w = 0, i = 0; i < n; i++)
			w |= (uint64_t)(unsigned char)s[i] << (8 * i);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
	}
	h ^= h >> 29;
	return (unsigned)h;
}

unsigned
m4_hash(const char *s, size_t n)
{
	return hash_name(s, n);
}

static void
rehash(struct m4 *m)
{
	struct m4_sym **nt, *s, *next;
	size_t nsize = m->hsize ? m->hsize * 2 : 512, i;

	nt = xcalloc(nsize, sizeof(*nt));
	for (i = 0; i < m->hsize; i++)
		for (s = m->htab[i]; s != NULL; s = next) {
			next = s->hnext;
			s->hnext = nt[s->hash & (nsize - 1)];
			nt[s->hash & (nsize - 1)] = s;
		}
	free(m->htab);
	m->htab = nt;
	m->hsize = nsize;
}

/* Find a name; with create, add it (undefined) when missing. */
struct m4_sym *
m4_lookup(struct m4 *m, const char *name, size_t n, int create)
{
	unsigned h = hash_name(name, n);
	struct m4_sym *s;

	if (m->hsize == 0) {
		if (!create)
			return NULL;
		rehash(m);
	}
	for (s = m->htab[h & (m->hsize - 1)]; s != NULL; s = s->hnext)
		if (s->hash == h && s->nlen == n &&
		    memcmp(s->name, name, n) == 0)
			return s;
	if (!create)
		return NULL;
	if (m->nsyms + 1 > m->hsize)
		rehash(m);
	s = xcalloc(1, sizeof(*s));
	s->name = xmemdup(name, n + 1);
	s->name[n] = '\0';
	s->nlen = n;
	s->hash = h;
	s->hnext = m->htab[h & (m->hsize - 1)];
	m->htab[h & (m->hsize - 1)] = s;
	m->nsyms++;
	return s;
}

/* A definition from a frozen image lives in the image's arrays. */
static void
def_release(struct m4_def *d)
{
	if (d->img)
		return;
	free(d->text);
	free(d);
}

static void
def_free(struct m4 *m, struct m4_def *d)
{
	if (d->pins > 0) {
		d->dead = 1;
		d->nextdead = m->deadlist;
		m->deadlist = d;
		return;
	}
	def_release(d);
}

void
m4_def_unpin(struct m4 *m, struct m4_def *d)
{
	struct m4_def **pp;

	if (--d->pins > 0 || !d->dead)
		return;
	for (pp = &m->deadlist; *pp != NULL; pp = &(*pp)->nextdead)
		if (*pp == d) {
			*pp = d->nextdead;
			break;
		}
	def_release(d);
}

/* define (push = 0: replace the top) or pushdef (push = 1). */
void
m4_sym_define(struct m4 *m, struct m4_sym *s, const char *text, size_t len,
    const struct m4_builtin *bi, int push)
{
	struct m4_def *d = xcalloc(1, sizeof(*d));

	d->bi = bi;
	if (bi == NULL) {
		d->text = xmemdup(text, len + 1);
		d->text[len] = '\0';
		d->len = len;
	}
	if (!push && s->def != NULL) {
		struct m4_def *old = s->def;

		d->prev = old->prev;
		def_free(m, old);
	} else
		d->prev = s->def;
	s->def = d;
}

void
m4_sym_popdef(struct m4 *m, struct m4_sym *s)
{
	struct m4_def *d = s->def;

	if (d == NULL)
		return;
	s->def = d->prev;
	def_free(m, d);
}

void
m4_sym_undefine(struct m4 *m, struct m4_sym *s)
{
	while (s->def != NULL)
		m4_sym_popdef(m, s);
	s->traced = 0;
}

int
m4_sym_cmp(const void *a, const void *b)
{
	const struct m4_sym *x = *(const struct m4_sym *const *)a;
	const struct m4_sym *y = *(const struct m4_sym *const *)b;

	return strcmp(x->name, y->name);
}

/* All defined symbols, sorted by name; the caller frees the array. */
struct m4_sym **
m4_sym_list(struct m4 *m, size_t *np)
{
	struct m4_sym **v, *s;
	size_t i, n = 0;

	v = xcalloc(m->nsyms + 1, sizeof(*v));
	for (i = 0; i < m->hsize; i++)
		for (s = m->htab[i]; s != NULL; s = s->hnext)
			if (s->def != NULL)
				v[n++] = s;
	qsort(v, n, sizeof(*v), m4_sym_cmp);
	*np = n;
	return v;
}

void
m4_symtab_free(struct m4 *m)
{
	struct m4_sym *s, *next;
	struct m4_def *d;
	size_t i;

	for (i = 0; i < m->hsize; i++)
		for (s = m->htab[i]; s != NULL; s = next) {
			next = s->hnext;
			while ((d = s->def) != NULL) {
				s->def = d->prev;
				def_release(d);
			}
			if (!s->img) {
				free(s->name);
				free(s);
			}
		}
	free(m->htab);
	m->htab = NULL;
	m->hsize = m->nsyms = 0;
	while ((d = m->deadlist) != NULL) {
		m->deadlist = d->nextdead;
		def_release(d);
	}
	free(m->imgsyms);
	free(m->imgdefs);
	free(m->image);
	m->imgsyms = NULL;
	m->imgdefs = NULL;
	m->image = NULL;
}
