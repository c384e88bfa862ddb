/*
 * fuzz_mapsrc.c -- libFuzzer target for the makemap source parser
 * (maps/mapsrc.c).  The first byte picks the options (separator, fold,
 * NUL, empty values); the rest is the source.  The handlers check what
 * the parser promises: entries point into the buffer, are NUL-terminated
 * where mapsrc.h says, keys are folded, line numbers only grow.
 *
 *	fuzz/run mapsrc 600
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "maps/mapsrc.h"

struct state {
	const char	*buf;
	size_t		 len;
	unsigned	 line;
	const struct mapsrc_opts *o;
};

static int
on_entry(void *arg, const struct mapsrc_entry *e)
{
	struct state *s = arg;
	size_t z = s->o->nul ? 1 : 0, i;

	if (e->key < s->buf || e->key + e->klen > s->buf + s->len + 1 ||
	    e->val < s->buf || e->val + e->vlen > s->buf + s->len + 1)
		abort();
	if (e->klen < z || e->vlen < z || e->key[e->klen - z] != '\0' ||
	    e->val[e->vlen - z] != '\0')
		abort();
	if (e->line < s->line || e->klen - z > MAPSRC_LINEMAX)
		abort();
	if (!s->o->allowempty && e->vlen == z)
		abort();
	for (i = 0; s->o->fold && i < e->klen; i++)
		if (e->key[i] >= 'A' && e->key[i] <= 'Z')
			abort();
	s->line = e->line;
	return 0;
}

static int
on_error(void *arg, unsigned line, enum mapsrc_error err, const char *key)
{
	struct state *s = arg;

	if (line < s->line || (err == MAPSRC_NORHS) != (key != NULL))
		abort();
	if (mapsrc_strerror(err) == NULL)
		abort();
	s->line = line;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mapsrc_opts o;
	struct mapsrc_handler h = { on_entry, on_error, NULL };
	struct state s;
	char *buf;

	if (size == 0)
		return 0;
	memset(&o, 0, sizeof(o));
	o.comment = (data[0] & 0x10) ? '%' : '#';
	o.sep = (data[0] & 0x01) ? ':' : 0;
	o.fold = (data[0] & 0x02) != 0;
	o.nul = (data[0] & 0x04) != 0;
	o.allowempty = (data[0] & 0x08) != 0;
	size--;
	buf = malloc(size + 1);
	memcpy(buf, data + 1, size);
	memset(&s, 0, sizeof(s));
	s.buf = buf;
	s.len = size;
	s.o = &o;
	h.arg = &s;
	mapsrc_parse(buf, size, &o, &h);
	free(buf);
	return 0;
}
