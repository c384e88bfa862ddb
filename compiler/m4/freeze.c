/*
 * freeze.c -- frozen state of the m4 engine, in the spirit of GNU m4's
 * -F/-R: the state after some input (the macro table with every pushdef
 * level, quotes, comment delimiters, diversions, m4wrap text, counters)
 * written to one file, and read back into a fresh engine so that the
 * input need not be expanded again.  mailcf uses it for the prelude of
 * the cf-templates (cf.m4 and lib/), the same for every build.
 *
 * The image is one binary blob in host byte order (it is a cache made
 * on the machine that uses it; a byte-order mark and a format number
 * reject a foreign one):
 *
 *	magic "MCFM4FRZ", u32 format, u32 byte-order mark
 *	str key                  the caller's (program version, paths)
 *	u32 n, n x { str name, u32 checked, u64 size, u64 hash }
 *	                         every source read; a checked one is a file
 *	                         whose contents must still hash the same
 *	str lquote, rquote, bcomm, ecomm
 *	i32 curdiv, status, sysval, trace_all, lastline, lastfile (source
 *	    index or -1), sync_line, sync_bol; u64 calls, pushed
 *	u32 n, n x { str name, u32 hash, u32 traced, u32 ndefs,
 *	             ndefs x { u32 builtin, str text or builtin name } }
 *	                         definitions newest first
 *	u32 n, n x { i32 number, str text }        diversions > 0
 *	u32 n, n x { str text, u32 nframes, nframes x { u32 kind, i32
 *	             file, i32 line, col, len, u32 elided, u32 hasmacro,
 *	             str macro } }  m4wrap text, newest first; frames
 *	                         outermost first
 *	str output               what the input wrote to the output when
 *	                         that is a buffer (m4_set_output_buffer):
 *	                         given back to a buffer output on reload
 *	u32 end mark, u64 hash of all the bytes before it
 *
 * A str is u32 length, the bytes, a NUL.  Reading is two passes over
 * the same parser: the first only checks (bounds, builtin names, source
 * contents), the second builds the state; so a bad or stale image
 * leaves the engine as it was.  Reloading reads the file once; names
 * and definition texts stay in that buffer and the symbols and
 * definitions are two arrays (no allocation per macro).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomicfile.h"
#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4.h"
#include "compiler/m4/m4int.h"

#define FRZ_MAGIC	"MCFM4FRZ"
#define FRZ_FORMAT	2u
#define FRZ_BOM		0x01020304u
#define FRZ_END		0x454e4421u	/* "END!" */
#define FRZ_MAXFILE	((size_t)64 << 20)

/* A fast 64-bit hash of file contents (change detection, not security). */
static uint64_t
content_hash(const char *p, size_t n)
{
	uint64_t h = 0x6a09e667f3bcc908ULL ^ (uint64_t)n, w;

	while (n >= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
		p += 8;
		n -= 8;
	}
	w = 0;
	memcpy(&w, p, n);
	h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
	h ^= h >> 32;
	return h;
}

/* ------------------------------------------------------------ writing */

static void
put_u32(struct strbuf *sb, uint32_t v)
{
	strbuf_add(sb, &v, sizeof(v));
}

static void
put_u64(struct strbuf *sb, uint64_t v)
{
	strbuf_add(sb, &v, sizeof(v));
}

static void
put_str(struct strbuf *sb, const char *s, size_t n)
{
	put_u32(sb, (uint32_t)n);
	strbuf_add(sb, s, n);
	strbuf_addc(sb, '\0');
}

static void
put_cstr(struct strbuf *sb, const char *s)
{
	put_str(sb, s, strlen(s));
}

static int
source_index(struct m4 *m, const char *name)
{
	struct m4_source *s;
	int i = 0;

	if (name == NULL)
		return -1;
	for (s = m->sources; s != NULL; s = s->next, i++)
		if (s->name == name)
			return i;
	for (s = m->sources, i = 0; s != NULL; s = s->next, i++)
		if (strcmp(s->name, name) == 0)
			return i;
	return -1;
}

static void
put_frames(struct m4 *m, struct strbuf *sb, struct m4_frame *f)
{
	struct m4_frame *chain[64];
	uint32_t n = 0, i;

	for (; f != NULL && n < 64; f = f->parent)
		chain[n++] = f;
	put_u32(sb, n);
	for (i = n; i-- > 0;) {
		f = chain[i];
		put_u32(sb, (uint32_t)f->kind);
		put_u32(sb, (uint32_t)source_index(m, f->file));
		put_u32(sb, (uint32_t)f->line);
		put_u32(sb, (uint32_t)f->col);
		put_u32(sb, (uint32_t)f->len);
		put_u32(sb, (uint32_t)f->elided);
		put_u32(sb, f->macro != NULL);
		put_cstr(sb, f->macro ? f->macro : "");
	}
}

int
m4_freeze(struct m4 *m, const char *path, const char *key, char *err,
    size_t errlen)
{
	struct strbuf sb = STRBUF_INIT;
	struct m4_source *s;
	struct m4_sym **v;
	struct m4_def *d;
	struct m4_wrap *w;
	size_t n, i;
	uint32_t k;
	int rc;

	if (m->stopped) {
		snprintf(err, errlen, "the input stopped the run: nothing to "
		    "freeze");
		return -1;
	}
	strbuf_add(&sb, FRZ_MAGIC, 8);
	put_u32(&sb, FRZ_FORMAT);
	put_u32(&sb, FRZ_BOM);
	put_cstr(&sb, key);
	for (k = 0, s = m->sources; s != NULL; s = s->next)
		k++;
	put_u32(&sb, k);
	for (s = m->sources; s != NULL; s = s->next) {
		put_cstr(&sb, s->name);
		put_u32(&sb, s->file && !s->nameonly);
		put_u64(&sb, s->len);
		put_u64(&sb, s->buf ? content_hash(s->buf, s->len) : 0);
	}
	put_cstr(&sb, m->lquote);
	put_cstr(&sb, m->rquote);
	put_cstr(&sb, m->bcomm);
	put_cstr(&sb, m->ecomm);
	put_u32(&sb, (uint32_t)m->curdiv);
	put_u32(&sb, (uint32_t)m->status);
	put_u32(&sb, (uint32_t)m->sysval);
	put_u32(&sb, (uint32_t)m->trace_all);
	put_u32(&sb, (uint32_t)m->lastline);
	put_u32(&sb, (uint32_t)source_index(m, m->lastfile));
	put_u32(&sb, (uint32_t)m->sync_line);
	put_u32(&sb, (uint32_t)m->sync_bol);
	put_u64(&sb, m->calls);
	put_u64(&sb, m->pushed);
	put_u32(&sb, (uint32_t)m->maynul);

	/* every defined or traced symbol, sorted: the same input gives
	   the same bytes */
	v = xcalloc(m->nsyms + 1, sizeof(*v));
	for (n = 0, i = 0; i < m->hsize; i++) {
		struct m4_sym *y;

		for (y = m->htab[i]; y != NULL; y = y->hnext)
			if (y->def != NULL || y->traced)
				v[n++] = y;
	}
	qsort(v, n, sizeof(*v), m4_sym_cmp);
	put_u32(&sb, (uint32_t)n);
	for (i = 0; i < n; i++) {
		put_str(&sb, v[i]->name, v[i]->nlen);
		put_u32(&sb, v[i]->hash);
		put_u32(&sb, (uint32_t)v[i]->traced);
		for (k = 0, d = v[i]->def; d != NULL; d = d->prev)
			k++;
		put_u32(&sb, k);
		for (d = v[i]->def; d != NULL; d = d->prev) {
			put_u32(&sb, d->bi != NULL);
			if (d->bi != NULL)
				put_cstr(&sb, d->bi->name);
			else
				put_str(&sb, d->text, d->len);
		}
	}
	free(v);

	for (k = 0, i = 0; i < m->ndivs; i++)
		k += m->divs[i].num > 0;
	put_u32(&sb, k);
	for (i = 0; i < m->ndivs; i++)
		if (m->divs[i].num > 0) {
			put_u32(&sb, (uint32_t)m->divs[i].num);
			put_str(&sb, m->divs[i].sb.buf ? m->divs[i].sb.buf :
			    "", m->divs[i].sb.len);
		}
	for (k = 0, w = m->wraps; w != NULL; w = w->next)
		k++;
	put_u32(&sb, k);
	for (w = m->wraps; w != NULL; w = w->next) {
		put_str(&sb, w->text, w->len);
		put_frames(m, &sb, w->frame);
	}
	if (m->outsb != NULL && m->outsb->len > 0)
		put_str(&sb, m->outsb->buf, m->outsb->len);
	else
		put_str(&sb, "", 0);
	put_u32(&sb, FRZ_END);
	put_u64(&sb, content_hash(sb.buf, sb.len));

	rc = atomicfile_write(path, sb.buf, sb.len, 0644, err, errlen);
	strbuf_free(&sb);
	return rc;
}

/* ------------------------------------------------------------ reading */

struct rd {
	const char	*p, *end;
	int		 bad;
};

/* The next N bytes of the image into V; zeros and r->bad past its end. */
static void
get_raw(struct rd *r, void *v, size_t n)
{
	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = 1;
		memset(v, 0, n);
		return;
	}
	memcpy(v, r->p, n);
	r->p += n;
}

static uint32_t
get_u32(struct rd *r)
{
	uint32_t v;

	get_raw(r, &v, sizeof(v));
	return v;
}

static uint64_t
get_u64(struct rd *r)
{
	uint64_t v;

	get_raw(r, &v, sizeof(v));
	return v;
}

/* A string of the image: NUL-terminated in place. */
static const char *
get_str(struct rd *r, size_t *lenp)
{
	uint32_t n = get_u32(r);
	const char *s = r->p;

	if (r->bad || (size_t)(r->end - r->p) < (size_t)n + 1 || s[n] != '\0') {
		r->bad = 1;
		*lenp = 0;
		return "";
	}
	r->p += (size_t)n + 1;
	*lenp = n;
	return s;
}

/* Does the file still hold what was read when the image was made? */
static int
same_contents(const char *path, uint64_t size, uint64_t hash)
{
	struct stat st;
	char *buf;
	ssize_t got;
	size_t off = 0;
	int fd, ok;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return 0;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (uint64_t)st.st_size != size || size > FRZ_MAXFILE) {
		close(fd);
		return 0;
	}
	buf = xmalloc((size_t)size + 1);
	while (off < (size_t)size) {
		got = read(fd, buf + off, (size_t)size - off);
		if (got <= 0)
			break;
		off += (size_t)got;
	}
	close(fd);
	ok = off == (size_t)size && content_hash(buf, off) == hash;
	free(buf);
	return ok;
}

/*
 * One pass over the image; with commit, the state is built (the image
 * was checked by a first pass without, which counted the definitions in
 * *ndefsp).  Returns 0 or -1 with err set.
 */
static int
parse(struct m4 *m, char *img, size_t len, const char *key, int commit,
    size_t *ndefsp, char *err, size_t errlen)
{
	struct rd r = { img, img + len, 0 };
	const char *s, *lq, *rq, *bc, *ec, **names = NULL;
	struct m4_source *src;
	size_t n, i, j, nsrc, nsyms, ndefs = 0, sl;
	uint32_t k, ndiv, nwrap;
	int32_t scal[8];
	uint64_t calls, pushed;
	uint32_t maynul;
	const char *why = "the image is damaged";

	if (len < 24 || memcmp(img, FRZ_MAGIC, 8) != 0) {
		why = "not a frozen state file";
		goto bad;
	}
	r.p += 8;
	r.end -= 8;
	if (!commit) {
		uint64_t sum;

		memcpy(&sum, r.end, 8);
		if (sum != content_hash(img, len - 8))
			goto bad;
	}
	if (get_u32(&r) != FRZ_FORMAT || get_u32(&r) != FRZ_BOM) {
		why = "a frozen state file of another format or machine";
		goto bad;
	}
	s = get_str(&r, &sl);
	if (r.bad)
		goto bad;
	if (strcmp(s, key) != 0) {
		why = "made for another program version or template folder";
		goto bad;
	}
	nsrc = get_u32(&r);
	if (r.bad || nsrc > len)
		goto bad;
	names = xcalloc(nsrc + 1, sizeof(*names));
	for (i = 0; i < nsrc; i++) {
		uint32_t checked;
		uint64_t size, hash;

		names[i] = get_str(&r, &sl);
		checked = get_u32(&r);
		size = get_u64(&r);
		hash = get_u64(&r);
		if (r.bad)
			goto bad;
		if (!commit && checked && !same_contents(names[i], size, hash)) {
			why = "stale: a file it was made from has changed";
			goto bad;
		}
	}
	lq = get_str(&r, &sl);
	rq = get_str(&r, &sl);
	bc = get_str(&r, &sl);
	ec = get_str(&r, &sl);
	for (i = 0; i < 8; i++)
		scal[i] = (int32_t)get_u32(&r);
	calls = get_u64(&r);
	pushed = get_u64(&r);
	maynul = get_u32(&r);
	if (r.bad || scal[5] < -1 || scal[5] >= (int32_t)nsrc)
		goto bad;

	/* the sources: names only, for locations (never read again) */
	if (commit) {
		for (i = nsrc; i-- > 0;) {
			src = xcalloc(1, sizeof(*src));
			src->name = xstrdup(names[i]);
			src->nameonly = 1;
			src->next = m->sources;
			m->sources = src;
		}
		for (i = 0, src = m->sources; i < nsrc; i++, src = src->next)
			names[i] = src->name;
		m4_set_quotes(m, lq, rq);
		m4_set_comment(m, bc, ec);
		m->status = scal[1];
		m->sysval = scal[2];
		m->trace_all = scal[3];
		m->lastline = scal[4];
		m->lastfile = scal[5] >= 0 ? names[scal[5]] : NULL;
		m->calls = (unsigned long)calls;
		m->pushed = (size_t)pushed;
		m->maynul |= maynul != 0;
	}

	/* the macro table */
	nsyms = get_u32(&r);
	if (r.bad || nsyms > len)
		goto bad;
	if (commit) {
		size_t hsize = 512;

		/* the definitions were counted by the checking pass */
		ndefs = *ndefsp;
		m4_symtab_free(m);
		while (hsize < 2 * nsyms)
			hsize *= 2;
		m->htab = xcalloc(hsize, sizeof(*m->htab));
		m->hsize = hsize;
		m->nsyms = nsyms;
		m->imgsyms = xcalloc(nsyms + 1, sizeof(*m->imgsyms));
		m->imgdefs = xcalloc(ndefs + 1, sizeof(*m->imgdefs));
		m->image = img;
	}
	for (i = 0, n = 0; i < nsyms; i++) {
		struct m4_sym *y = commit ? &m->imgsyms[i] : NULL;
		struct m4_def **link;
		const char *name;
		size_t nlen;
		uint32_t h, traced;

		name = get_str(&r, &nlen);
		h = get_u32(&r);
		traced = get_u32(&r);
		k = get_u32(&r);
		if (r.bad || k > len)
			goto bad;
		if (!commit)
			ndefs += k;
		if (commit) {
			y->name = (char *)name;
			y->nlen = nlen;
			y->hash = h;
			y->traced = (int)traced;
			if (traced)
				m->anytraced = 1;
			y->img = 1;
			y->hnext = m->htab[h & (m->hsize - 1)];
			m->htab[h & (m->hsize - 1)] = y;
		}
		link = commit ? &y->def : NULL;
		for (j = 0; j < k; j++) {
			uint32_t isbi = get_u32(&r);
			const struct m4_builtin *bi = NULL;

			s = get_str(&r, &sl);
			if (r.bad)
				goto bad;
			if (isbi && (bi = m4_builtin_find(s)) == NULL) {
				why = "it names a builtin this program lacks";
				goto bad;
			}
			if (commit) {
				struct m4_def *d = &m->imgdefs[n++];

				d->bi = bi;
				d->text = bi ? NULL : (char *)s;
				d->len = bi ? 0 : sl;
				d->img = 1;
				*link = d;
				link = &d->prev;
			}
		}
	}

	/* diversions */
	ndiv = get_u32(&r);
	for (k = 0; k < ndiv && !r.bad; k++) {
		int32_t num = (int32_t)get_u32(&r);

		s = get_str(&r, &sl);
		if (r.bad || num <= 0)
			goto bad;
		if (commit && sl > 0) {
			m4_divert(m, num);
			strbuf_add(m->cur, s, sl);
			m->bytes += sl;
		}
	}

	/* m4wrap text, newest first: appended in order keeps it so */
	nwrap = get_u32(&r);
	if (r.bad)
		goto bad;
	{
		struct m4_wrap **tail = &m->wraps;

		if (commit)
			while (*tail != NULL)
				tail = &(*tail)->next;
		for (k = 0; k < nwrap; k++) {
			const char *text;
			size_t tl;
			uint32_t nf, f;
			struct m4_frame *fr = NULL;

			text = get_str(&r, &tl);
			nf = get_u32(&r);
			if (r.bad || nf > 64)
				goto bad;
			for (f = 0; f < nf; f++) {
				uint32_t kind = get_u32(&r), elided, hasmac;
				int32_t file = (int32_t)get_u32(&r);
				struct m4_loc at;

				at.line = (int)get_u32(&r);
				at.col = (int)get_u32(&r);
				at.len = (int)get_u32(&r);
				elided = get_u32(&r);
				hasmac = get_u32(&r);
				s = get_str(&r, &sl);
				if (r.bad || kind > FR_INCLUDE || file < -1 ||
				    file >= (int32_t)nsrc)
					goto bad;
				if (commit) {
					struct m4_frame *nf2;

					at.file = file >= 0 ? names[file] : NULL;
					at.frame = fr;
					nf2 = m4_frame_new(m, (int)kind,
					    hasmac ? s : NULL, &at);
					nf2->elided = (int)elided;
					m4_frame_unref(m, fr);
					fr = nf2;
				}
			}
			if (commit) {
				struct m4_wrap *w = xcalloc(1, sizeof(*w));

				w->text = xmemdup(text, tl + 1);
				w->len = tl;
				w->frame = fr;
				*tail = w;
				tail = &w->next;
			}
		}
	}
	s = get_str(&r, &sl);
	if (get_u32(&r) != FRZ_END || r.bad || r.p != r.end)
		goto bad;
	if (commit) {
		if (m->outsb != NULL)
			strbuf_add(m->outsb, s, sl);
		m4_divert(m, scal[0]);
		m->sync_line = scal[6];
		m->sync_bol = scal[7];
	}
	if (!commit)
		*ndefsp = ndefs;
	free(names);
	return 0;
bad:
	free(names);
	snprintf(err, errlen, "%s", why);
	return -1;
}

int
m4_thaw(struct m4 *m, const char *path, const char *key, char *err,
    size_t errlen)
{
	struct stat st;
	char *img;
	ssize_t got;
	size_t off = 0, ndefs = 0;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		snprintf(err, errlen, "%s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    (uint64_t)st.st_size > FRZ_MAXFILE) {
		close(fd);
		snprintf(err, errlen, "not a regular file of a sane size");
		return -1;
	}
	img = xmalloc((size_t)st.st_size + 1);
	while (off < (size_t)st.st_size) {
		got = read(fd, img + off, (size_t)st.st_size - off);
		if (got <= 0)
			break;
		off += (size_t)got;
	}
	close(fd);
	if (off != (size_t)st.st_size) {
		free(img);
		snprintf(err, errlen, "cannot read it whole");
		return -1;
	}
	if (m->image != NULL || m->stopped ||
	    parse(m, img, off, key, 0, &ndefs, err, errlen) == -1) {
		if (m->image != NULL || m->stopped)
			snprintf(err, errlen, "the engine is not fresh");
		free(img);
		return -1;
	}
	(void)parse(m, img, off, key, 1, &ndefs, err, errlen);
	return 0;
}
