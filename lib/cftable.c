/* cftable.c -- compiled rule table container: writer and reader. */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cftable.h"
#include "strbuf.h"
#include "errbuf.h"
#include "xalloc.h"

/* ---------------------------------------------------------------- CRC */

/*
 * CRC-32 (IEEE 802.3, as zlib's), eight bytes per step ("slicing by 8"):
 * the runtime checks a whole table at every load, and the byte-at-a-time
 * loop was a quarter of the load time.
 */
uint32_t
cft_crc32(const void *data, size_t len)
{
	static uint32_t table[8][256];
	const unsigned char *p = data;
	uint32_t c;
	size_t i;
	int k;

	if (table[0][1] == 0) {
		for (i = 0; i < 256; i++) {
			c = (uint32_t)i;
			for (k = 0; k < 8; k++)
				c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
			table[0][i] = c;
		}
		for (i = 0; i < 256; i++)
			for (k = 1; k < 8; k++)
				table[k][i] = (table[k - 1][i] >> 8) ^
				    table[0][table[k - 1][i] & 0xff];
	}
	c = 0xffffffffu;
	for (; len >= 8; len -= 8, p += 8) {
		uint32_t lo = c ^ ((uint32_t)p[0] | (uint32_t)p[1] << 8 |
		    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);

		c = table[7][lo & 0xff] ^ table[6][(lo >> 8) & 0xff] ^
		    table[5][(lo >> 16) & 0xff] ^ table[4][lo >> 24] ^
		    table[3][p[4]] ^ table[2][p[5]] ^ table[1][p[6]] ^
		    table[0][p[7]];
	}
	for (; len > 0; len--, p++)
		c = table[0][(c ^ *p) & 0xff] ^ (c >> 8);
	return c ^ 0xffffffffu;
}

static void
put32(unsigned char *p, uint32_t v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
	p[2] = (v >> 16) & 0xff;
	p[3] = (v >> 24) & 0xff;
}

static uint32_t
get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* ------------------------------------------------------------- writer */

struct pool_entry {
	uint32_t	off, len, hash;
};

struct cft_writer {
	struct strbuf		 pool;
	struct strbuf		 body;		/* sections after the pool */
	struct pool_entry	*slots;		/* open addressing */
	size_t			 nslots, nused;
	size_t			 sect_start;	/* offset of open section hdr */
	int			 in_section;
};

struct cft_writer *
cft_writer_new(void)
{
	struct cft_writer *w;

	w = xcalloc(1, sizeof(*w));
	w->nslots = 256;
	w->slots = xcalloc(w->nslots, sizeof(*w->slots));
	return w;
}

void
cft_writer_free(struct cft_writer *w)
{
	if (w == NULL)
		return;
	strbuf_free(&w->pool);
	strbuf_free(&w->body);
	free(w->slots);
	free(w);
}

static void
add32(struct strbuf *sb, uint32_t v)
{
	unsigned char b[4];

	put32(b, v);
	strbuf_add(sb, b, 4);
}

static uint32_t
fnv1a(const char *s, size_t n)
{
	uint32_t h = 2166136261u;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h | 1;		/* 0 marks an empty slot */
}

static void
pool_grow(struct cft_writer *w)
{
	struct pool_entry *old = w->slots;
	size_t i, j, n = w->nslots;

	w->nslots *= 2;
	w->slots = xcalloc(w->nslots, sizeof(*w->slots));
	for (i = 0; i < n; i++) {
		if (old[i].hash == 0)
			continue;
		for (j = old[i].hash & (w->nslots - 1); w->slots[j].hash;
		    j = (j + 1) & (w->nslots - 1))
			;
		w->slots[j] = old[i];
	}
	free(old);
}

static uint32_t
pool_intern(struct cft_writer *w, const char *s, size_t n)
{
	uint32_t h = fnv1a(s, n);
	size_t j;

	for (j = h & (w->nslots - 1); w->slots[j].hash;
	    j = (j + 1) & (w->nslots - 1)) {
		struct pool_entry *e = &w->slots[j];

		if (e->hash == h && e->len == n &&
		    memcmp(w->pool.buf + e->off, s, n) == 0)
			return e->off;
	}
	w->slots[j].hash = h;
	w->slots[j].off = (uint32_t)w->pool.len;
	w->slots[j].len = (uint32_t)n;
	strbuf_add(&w->pool, s, n);
	strbuf_addc(&w->pool, '\0');	/* NUL after each: handy for C */
	if (++w->nused * 2 > w->nslots)
		pool_grow(w);
	return (uint32_t)(w->pool.len - n - 1);
}

void
cft_begin(struct cft_writer *w, uint32_t type)
{
	if (w->in_section || type < 2)
		abort();	/* a broken invariant in the caller */
	w->sect_start = w->body.len;
	add32(&w->body, type);
	add32(&w->body, 0);
	w->in_section = 1;
}

void
cft_end(struct cft_writer *w)
{
	if (!w->in_section)
		abort();
	put32((unsigned char *)w->body.buf + w->sect_start + 4,
	    (uint32_t)(w->body.len - w->sect_start - 8));
	w->in_section = 0;
}

void
cft_put_u32(struct cft_writer *w, uint32_t v)
{
	add32(&w->body, v);
}

void
cft_put_str(struct cft_writer *w, const char *s, size_t n)
{
	add32(&w->body, pool_intern(w, s, n));
	add32(&w->body, (uint32_t)n);
}

void
cft_put_cstr(struct cft_writer *w, const char *s)
{
	if (s == NULL) {
		add32(&w->body, 0xffffffffu);
		add32(&w->body, 0);
	} else
		cft_put_str(w, s, strlen(s));
}

void
cft_seal(void *buf, size_t len)
{
	if (len >= CFT_HEADER_SIZE)
		put32((unsigned char *)buf + 20,
		    cft_crc32((unsigned char *)buf + CFT_HEADER_SIZE,
		    len - CFT_HEADER_SIZE));
}

void
cft_finish(struct cft_writer *w, unsigned char **bufp, size_t *lenp)
{
	struct strbuf out = STRBUF_INIT;
	unsigned char hdr[CFT_HEADER_SIZE];
	size_t bodylen;
	uint32_t pad;

	if (w->in_section)
		abort();
	memset(hdr, 0, sizeof(hdr));
	strbuf_add(&out, hdr, sizeof(hdr));
	add32(&out, CFT_SECT_STRINGS);
	add32(&out, (uint32_t)w->pool.len);
	strbuf_add(&out, w->pool.buf ? w->pool.buf : "", w->pool.len);
	for (pad = (4 - w->pool.len % 4) % 4; pad; pad--)
		strbuf_addc(&out, '\0');
	strbuf_add(&out, w->body.buf ? w->body.buf : "", w->body.len);
	add32(&out, CFT_SECT_END);
	add32(&out, 0);

	bodylen = out.len - CFT_HEADER_SIZE;
	memcpy(out.buf, CFT_MAGIC, 8);
	put32((unsigned char *)out.buf + 8, CFT_VERSION);
	put32((unsigned char *)out.buf + 12, 0);
	put32((unsigned char *)out.buf + 16, (uint32_t)bodylen);
	cft_seal(out.buf, out.len);
	*bufp = (unsigned char *)strbuf_detach(&out, lenp);
}

/* ------------------------------------------------------------- reader */

int
cft_open(struct cft_table *t, const void *buf, size_t len, char *err,
    size_t errlen)
{
	const unsigned char *b = buf, *p, *end;
	uint32_t version, bodylen, type, slen;
	int first = 1;

	memset(t, 0, sizeof(*t));
	if (len < CFT_HEADER_SIZE || memcmp(b, CFT_MAGIC, 8) != 0)
		return errbuf_set(err, errlen, "not a mailcf table (bad magic): "
		    "rebuild it with 'mailcf build'");
	version = get32(b + 8);
	if (version != CFT_VERSION)
		return errbuf_set(err, errlen, "table format version %u, this "
		    "mailcf reads version %u: rebuild it with 'mailcf build'",
		    version, CFT_VERSION);
	if (get32(b + 12) != 0)
		return errbuf_set(err, errlen, "table has unknown header flags %#x: "
		    "rebuild it with 'mailcf build'", get32(b + 12));
	bodylen = get32(b + 16);
	if ((size_t)bodylen != len - CFT_HEADER_SIZE)
		return errbuf_set(err, errlen, "table is truncated or has trailing "
		    "bytes (%zu bytes, header says %lu)", len,
		    (unsigned long)bodylen + CFT_HEADER_SIZE);
	if (cft_crc32(b + CFT_HEADER_SIZE, bodylen) != get32(b + 20))
		return errbuf_set(err, errlen, "table checksum mismatch: the file "
		    "is corrupt; rebuild it with 'mailcf build'");
	p = b + CFT_HEADER_SIZE;
	end = b + len;
	for (;;) {
		if ((size_t)(end - p) < 8)
			return errbuf_set(err, errlen, "table has no end marker");
		type = get32(p);
		slen = get32(p + 4);
		p += 8;
		if (slen > (size_t)(end - p))
			return errbuf_set(err, errlen, "section %u at offset %zu is "
			    "longer than the table", type,
			    (size_t)(p - 8 - b));
		if (first) {
			if (type != CFT_SECT_STRINGS)
				return errbuf_set(err, errlen, "table does not start "
				    "with its string pool");
			t->pool = p;
			t->poollen = slen;
			first = 0;
		} else if (type == CFT_SECT_STRINGS)
			return errbuf_set(err, errlen, "table has two string pools");
		if (type == CFT_SECT_END) {
			if (slen != 0 || p != end)
				return errbuf_set(err, errlen, "data after the table's "
				    "end marker");
			break;
		}
		if (type != CFT_SECT_STRINGS && slen % 4 != 0)
			return errbuf_set(err, errlen, "section %u has a length that "
			    "is not a multiple of 4", type);
		if ((size_t)slen + (4 - slen % 4) % 4 > (size_t)(end - p))
			return errbuf_set(err, errlen, "section %u runs past the end",
			    type);
		p += slen + (4 - slen % 4) % 4;
	}
	t->buf = b;
	t->len = len;
	return 0;
}

int
cft_map_file(struct cft_table *t, const char *path, char *err, size_t errlen)
{
	struct stat st;
	void *m;
	int fd;

	memset(t, 0, sizeof(*t));
	if ((fd = open(path, O_RDONLY)) == -1)
		return errbuf_set(err, errlen, "%s: %s", path, strerror(errno));
	if (fstat(fd, &st) == -1) {
		close(fd);
		return errbuf_set(err, errlen, "%s: %s", path, strerror(errno));
	}
	if (st.st_size < CFT_HEADER_SIZE) {
		close(fd);
		return errbuf_set(err, errlen, "%s: not a mailcf table (%lld bytes)",
		    path, (long long)st.st_size);
	}
	m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (m == MAP_FAILED)
		return errbuf_set(err, errlen, "%s: mmap: %s", path, strerror(errno));
	if (cft_open(t, m, (size_t)st.st_size, err, errlen) == -1) {
		size_t n = strlen(err);

		if (err != NULL && n + strlen(path) + 3 < errlen) {
			memmove(err + strlen(path) + 2, err, n + 1);
			memcpy(err, path, strlen(path));
			memcpy(err + strlen(path), ": ", 2);
		}
		munmap(m, (size_t)st.st_size);
		return -1;
	}
	t->map = m;
	t->maplen = (size_t)st.st_size;
	return 0;
}

void
cft_close(struct cft_table *t)
{
	if (t->map != NULL)
		munmap(t->map, t->maplen);
	memset(t, 0, sizeof(*t));
}

int
cft_next_section(const struct cft_table *t, struct cft_cursor *c,
    uint32_t *type)
{
	const unsigned char *p;
	uint32_t slen;

	if (c->p == NULL)
		p = t->buf + CFT_HEADER_SIZE;
	else
		p = c->end + (4 - (size_t)(c->end - t->buf) % 4) % 4;
	/* cft_open validated the frame: these reads stay in bounds */
	for (;;) {
		*type = get32(p);
		slen = get32(p + 4);
		if (*type == CFT_SECT_END)
			return -1;
		if (*type != CFT_SECT_STRINGS)
			break;
		p += 8 + slen + (4 - slen % 4) % 4;
	}
	c->t = t;
	c->p = p + 8;
	c->end = p + 8 + slen;
	c->bad = 0;
	return 0;
}

int
cft_section(const struct cft_table *t, uint32_t type, struct cft_cursor *c)
{
	uint32_t got;

	memset(c, 0, sizeof(*c));
	while (cft_next_section(t, c, &got) == 0)
		if (got == type)
			return 0;
	memset(c, 0, sizeof(*c));
	c->bad = 1;
	return -1;
}

int
cft_get_u32(struct cft_cursor *c, uint32_t *v)
{
	if (c->bad || c->p == NULL || (size_t)(c->end - c->p) < 4) {
		c->bad = 1;
		*v = 0;
		return -1;
	}
	*v = get32(c->p);
	c->p += 4;
	return 0;
}

int
cft_get_str(struct cft_cursor *c, const char **s, size_t *len)
{
	uint32_t off, n;

	*s = NULL;
	*len = 0;
	if (cft_get_u32(c, &off) == -1 || cft_get_u32(c, &n) == -1)
		return -1;
	if (off == 0xffffffffu && n == 0)
		return 0;		/* NULL string */
	if (off > c->t->poollen || n > c->t->poollen - off) {
		c->bad = 1;
		return -1;
	}
	*s = (const char *)c->t->pool + off;
	*len = n;
	return 0;
}

int
cft_at_end(const struct cft_cursor *c)
{
	return c->p == c->end;
}
