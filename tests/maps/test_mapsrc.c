/*
 * test_mapsrc.c -- table-driven tests of the makemap source parser
 * (maps/mapsrc.c): each case is a source text, options, and the entries
 * and errors it must give, written as "line:key=val" / "line:!error".
 * (The full behaviour is compared with real makemap in makemap-oracle.sh;
 * these pin the rules where no oracle is around.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"

#include "maps/mapsrc.h"
#include "tests/tap.h"

struct tcase {
	const char	*name;
	const char	*src;
	size_t		 len;	/* 0: strlen(src) */
	int		 sep, fold, nul, allowempty;
	const char	*want;
};

static const struct tcase cases[] = {
	{ "plain entries", "Key value\nk2\tv2\n", 0, 0, 1, 0, 0,
	    "1:key=value|2:k2=v2|" },
	{ "no folding with -f", "Key Value\n", 0, 0, 0, 0, 0,
	    "1:Key=Value|" },
	{ "values are verbatim", "k  a  b \t\r\n", 0, 0, 1, 0, 0,
	    "1:k=a  b \t\r|" },
	{ "comments and empty lines", "# c\n\nk#x v#y\n", 0, 0, 1, 0, 0,
	    "3:k#x=v#y|" },
	{ "leading space", " k v\n\tk v\n\rk v\n", 0, 0, 1, 0, 0,
	    "1:!syntax error (leading space)|2:!syntax error (leading space)|"
	    "3:!syntax error (leading space)|" },
	{ "no RHS", "Only\nk   \n", 0, 0, 1, 0, 0,
	    "1:!no RHS for LHS only|2:!no RHS for LHS k|" },
	{ "empty value with -e", "k\n", 0, 0, 1, 0, 1, "1:k=|" },
	{ "separator -t", " k : v\nk::v\n", 0, ':', 1, 0, 0,
	    "1: k = v|2:k=v|" },
	{ "CR separates keys", "a\rb c\n", 0, 0, 1, 0, 0, "1:a=b c|" },
	{ "no final newline", "k v", 0, 0, 1, 0, 0, "1:k=v|" },
	{ "a NUL makes the line too long", "a\0b c\nk v\n", 11, 0, 1, 0, 0,
	    "1:!line too long (1024 bytes max)|2:k=v|" },
	{ "NUL in the last line ends it", "k v\0junk", 8, 0, 1, 0, 0,
	    "1:k=v|" },
	{ "NUL flag", "k v\n", 0, 0, 1, 1, 0, "1:k=v|" },
};

struct got {
	struct strbuf	 out;
	int		 nul;
};

static int
on_entry(void *arg, const struct mapsrc_entry *e)
{
	struct got *g = arg;
	size_t z = g->nul ? 1 : 0;

	strbuf_addf(&g->out, "%u:", e->line);
	strbuf_add(&g->out, e->key, e->klen - z);
	strbuf_addc(&g->out, '=');
	strbuf_add(&g->out, e->val, e->vlen - z);
	strbuf_addc(&g->out, '|');
	if (z && (e->key[e->klen - 1] != '\0' || e->val[e->vlen - 1] != '\0'))
		strbuf_adds(&g->out, "(no NUL)");
	return 0;
}

static int
on_error(void *arg, unsigned line, enum mapsrc_error err, const char *key)
{
	struct got *g = arg;

	strbuf_addf(&g->out, "%u:!%s%s%s|", line, mapsrc_strerror(err),
	    key ? " " : "", key ? key : "");
	return 0;
}

static void
run(const struct tcase *c)
{
	struct mapsrc_opts o = { c->sep, '#', c->fold, c->nul, c->allowempty };
	struct mapsrc_handler h = { on_entry, on_error, NULL };
	struct got g;
	size_t len = c->len ? c->len : strlen(c->src);
	char *buf = xmalloc(len + 1);

	memcpy(buf, c->src, len);
	strbuf_init(&g.out);
	g.nul = c->nul;
	h.arg = &g;
	mapsrc_parse(buf, len, &o, &h);
	is_str(strbuf_str(&g.out), c->want, "%s", c->name);
	strbuf_free(&g.out);
	free(buf);
}

/* line lengths: 1022 bytes fit, 1023 do not (fgets with 1024 bytes) */
static void
long_lines(void)
{
	struct strbuf src = STRBUF_INIT, want = STRBUF_INIT;
	struct mapsrc_opts o = { 0, '#', 1, 0, 0 };
	struct mapsrc_handler h = { on_entry, on_error, NULL };
	struct got g;
	char *buf;
	int i;

	strbuf_adds(&src, "k ");
	for (i = 0; i < 1020; i++)
		strbuf_addc(&src, 'v');
	strbuf_adds(&src, "\nk ");
	for (i = 0; i < 1021; i++)
		strbuf_addc(&src, 'v');
	strbuf_adds(&src, "\nz y\n");
	buf = xmemdup(src.buf, src.len + 1);
	strbuf_init(&g.out);
	g.nul = 0;
	h.arg = &g;
	mapsrc_parse(buf, src.len, &o, &h);
	strbuf_adds(&want, "1:k=");
	for (i = 0; i < 1020; i++)
		strbuf_addc(&want, 'v');
	strbuf_adds(&want, "|2:!line too long (1024 bytes max)|4:z=y|");
	is_str(strbuf_str(&g.out), strbuf_str(&want),
	    "1022 bytes fit, 1023 are too long and the newline is a line");
	strbuf_free(&g.out);
	strbuf_free(&want);
	strbuf_free(&src);
	free(buf);
}

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		run(&cases[i]);
	long_lines();
	return done_testing();
}
