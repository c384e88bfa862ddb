/*
 * test_cftable.c -- the table container: round trip, determinism, and
 * thousands of corrupted tables that must all be rejected or read safely.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cftable.h"
#include "tests/tap.h"

static void
build(unsigned char **buf, size_t *len)
{
	struct cft_writer *w = cft_writer_new();
	char name[32];
	int i;

	cft_begin(w, 7);
	cft_put_u32(w, 3);
	cft_put_cstr(w, "AliasFile");
	cft_put_cstr(w, "/etc/mail/aliases");
	cft_put_cstr(w, NULL);
	cft_end(w);
	cft_begin(w, 9);
	for (i = 0; i < 50; i++) {
		snprintf(name, sizeof(name), "class-word-%d", i % 20);
		cft_put_cstr(w, name);
		cft_put_u32(w, (uint32_t)i);
	}
	cft_end(w);
	cft_begin(w, 11);
	cft_end(w);
	cft_finish(w, buf, len);
	cft_writer_free(w);
}

/* Read everything the way a loader would; returns strings read. */
static int
walk(const struct cft_table *t)
{
	struct cft_cursor c;
	uint32_t type, v;
	const char *s;
	size_t n;
	int strings = 0;

	memset(&c, 0, sizeof(c));
	while (cft_next_section(t, &c, &type) == 0) {
		while (!cft_at_end(&c) && !c.bad) {
			if (cft_get_str(&c, &s, &n) == 0 && s != NULL) {
				volatile char x = n ? s[n - 1] : 0;
				(void)x;
				strings++;
			}
			cft_get_u32(&c, &v);
		}
	}
	return strings;
}

static void
set32(unsigned char *p, uint32_t v)
{
	p[0] = v & 0xff; p[1] = (v >> 8) & 0xff;
	p[2] = (v >> 16) & 0xff; p[3] = (v >> 24) & 0xff;
}

static void
recrc(unsigned char *b, size_t len)
{
	if (len >= CFT_HEADER_SIZE) {
		set32(b + 16, (uint32_t)(len - CFT_HEADER_SIZE));
		cft_seal(b, len);
	}
}

int
main(void)
{
	unsigned char *a, *b, *m;
	size_t alen, blen, i;
	struct cft_table t;
	struct cft_cursor c;
	char err[CFT_ERRLEN];
	const char *s;
	size_t n;
	uint32_t v;
	int rejected, accepted, k;

	build(&a, &alen);
	build(&b, &blen);
	ok(alen == blen && memcmp(a, b, alen) == 0, "deterministic: same calls, same bytes");
	ok(memcmp(a, CFT_MAGIC, 8) == 0, "starts with the magic");
	ok(alen % 4 == 0, "length is a multiple of 4");

	ok(cft_open(&t, a, alen, err, sizeof(err)) == 0, "a fresh table opens");
	ok(cft_section(&t, 7, &c) == 0, "finds section 7");
	cft_get_u32(&c, &v);
	is_int(v, 3, "reads a u32");
	cft_get_str(&c, &s, &n);
	ok(n == 9 && memcmp(s, "AliasFile", 9) == 0, "reads a string");
	cft_get_str(&c, &s, &n);
	ok(n == 17 && memcmp(s, "/etc/mail/aliases", 17) == 0 && s[n] == '\0',
	    "reads a second string, NUL-terminated in the pool");
	cft_get_str(&c, &s, &n);
	ok(s == NULL, "a NULL string round-trips");
	ok(cft_at_end(&c) && !c.bad, "the section is consumed exactly");
	ok(cft_get_u32(&c, &v) == -1 && c.bad, "reading past a section fails");
	ok(cft_section(&t, 11, &c) == 0 && cft_at_end(&c), "an empty section");
	ok(cft_section(&t, 12, &c) == -1, "an absent section is reported");
	is_int(walk(&t), 52, "a loader walk reads every string");
	ok(t.poollen < 400, "the pool deduplicates strings (%u bytes)", t.poollen);

	/* every truncation */
	rejected = 0;
	for (i = 0; i < alen; i++)
		if (cft_open(&t, a, i, err, sizeof(err)) == -1)
			rejected++;
	is_int(rejected, alen, "every truncation is rejected (%zu)", alen);

	/* every single-bit flip: the checksum catches each */
	m = malloc(alen);
	rejected = 0;
	for (i = 0; i < alen * 8; i++) {
		memcpy(m, a, alen);
		m[i / 8] ^= (unsigned char)(1u << (i % 8));
		if (cft_open(&t, m, alen, err, sizeof(err)) == -1)
			rejected++;
	}
	is_int(rejected, alen * 8, "every bit flip is rejected (%zu)", alen * 8);
	ok(strstr(err, "") != NULL && err[0] != '\0', "with a message: %s", err);

	/*
	 * Random corruption with a recomputed checksum (lengths, offsets,
	 * types): either rejected by cft_open, or read without going out of
	 * bounds (ASan watches) and with out-of-range strings flagged.
	 */
	srand(12345);
	rejected = accepted = 0;
	for (k = 0; k < 20000; k++) {
		size_t mlen = alen;
		int j, flips = 1 + rand() % 4;

		memcpy(m, a, alen);
		for (j = 0; j < flips; j++) {
			size_t at = (size_t)rand() % alen;
			switch (rand() % 4) {
			case 0: m[at] = (unsigned char)rand(); break;
			case 1: if (at + 4 <= alen) set32(m + at, (uint32_t)rand()); break;
			case 2: if (at + 4 <= alen) set32(m + at, (uint32_t)rand() % 64); break;
			default: mlen = at; break;
			}
		}
		recrc(m, mlen);
		if (cft_open(&t, m, mlen, err, sizeof(err)) == -1) {
			rejected++;
			continue;
		}
		accepted++;
		(void)walk(&t);
	}
	ok(rejected + accepted == 20000, "20000 corrupted tables: %d rejected, "
	    "%d read safely", rejected, accepted);
	ok(rejected > 10000, "most structural corruption is rejected");

	/* a string reference past the pool is flagged, not followed */
	memcpy(m, a, alen);
	ok(cft_open(&t, m, alen, err, sizeof(err)) == 0 &&
	    cft_section(&t, 7, &c) == 0, "reopen");
	set32((unsigned char *)c.p + 4, 0x7fffffffu);
	recrc(m, alen);
	ok(cft_open(&t, m, alen, err, sizeof(err)) == 0 &&
	    cft_section(&t, 7, &c) == 0 && cft_get_u32(&c, &v) == 0 &&
	    cft_get_str(&c, &s, &n) == -1 && c.bad, "an out-of-range string offset is rejected");

	ok(cft_open(&t, "NOTATABLE-----------------------", 32, err, sizeof(err)) == -1 &&
	    strstr(err, "magic"), "a foreign file: %s", err);
	memcpy(m, a, alen);
	set32(m + 8, 99);
	ok(cft_open(&t, m, alen, err, sizeof(err)) == -1 && strstr(err, "version 99"),
	    "a future version: %s", err);
	free(m);
	free(a);
	free(b);
	return done_testing();
}
