/*
 * fuzz_aliases.c -- libFuzzer target for the aliases(5) reader
 * (maps/aliases.c).  The handlers check that keys are lowercased and
 * non-empty, values non-blank, strings NUL-terminated at their lengths
 * and line numbers never go back.
 *
 *	fuzz/run aliases 600
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "maps/aliases.h"

struct state {
	unsigned	 line;
};

static int
on_entry(void *arg, const struct alias_entry *e)
{
	struct state *s = arg;
	size_t i;

	if (e->klen == 0 || strlen(e->key) != e->klen ||
	    strlen(e->val) != e->vlen || e->vlen == 0 || e->paddr == NULL)
		abort();
	for (i = 0; i < e->klen; i++)
		if (e->key[i] >= 'A' && e->key[i] <= 'Z')
			abort();
	if (e->vlen >= ALIASES_LINEMAX || e->line < s->line)
		abort();
	s->line = e->line;
	return 0;
}

static int
on_message(void *arg, unsigned line, int error, const char *text)
{
	struct state *s = arg;

	if (line < s->line || text == NULL || (error != 0 && error != 1))
		abort();
	s->line = line;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *locals[] = { "mx.example.com" };
	struct aliases_opts o = { locals, 1 };
	struct alias_handler h = { on_entry, on_message, NULL };
	struct state s;

	memset(&s, 0, sizeof(s));
	h.arg = &s;
	aliases_parse((const char *)data, size, &o, &h);
	return 0;
}
