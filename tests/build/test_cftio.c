/*
 * test_cftio.c -- the model <-> table serializer (compiler/cftio.c).
 *
 * A model parsed from cf text covering every kind of statement is
 * written, read back and written again: the bytes must be equal, and the
 * canonical IR of both models too.  Then the reader meets damaged
 * tables: every truncation, every single-byte change of the body with
 * the checksum recomputed (so the section reader itself, not only the
 * CRC, has to notice), and random multi-byte damage.  Each must either
 * be rejected with a sentence or read into a model the printers can
 * walk; the sanitizer build catches any read out of bounds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cftable.h"
#include "diag.h"
#include "strbuf.h"
#include "tests/tap.h"
#include "compiler/cf.h"
#include "compiler/cftio.h"
#include "compiler/model.h"

static const char cftext[] =
    "V10/Berkeley\n"
    "@loc\thost.mc\t3\n"
    "@feature\taccess_db\thash -T<TMPF> -o /etc/mail/access\n"
    "@mailer\tsmtp\n"
    "@define\tSMART_HOST\trelay.example\n"
    "@class\tM\texample.com example.net\n"
    "O OperatorChars=.:%@!^/[]+\n"
    "O Timeout.queuereturn=5d\n"
    "O PrivacyOptions=authwarnings,novrfy\n"
    "O DaemonPortOptions=Port=smtp,Name=MTA\n"
    "DSrelay.example\n"
    "D{MyMacro}\"quoted\\n\" value\n"
    "Cwlocalhost mx.example\n"
    "Fw-o /etc/mail/local-host-names %[^\\#]\n"
    "Kaccess hash -T<TMPF> -o /etc/mail/access\n"
    "Kdnsbl dns -R A -T<TMP>\n"
    "Mlocal, P=/usr/lib/sm.bin/mail.local, F=lsDFMAw5:/|@qPn9S, "
    "S=EnvFromL/HdrFromL, R=EnvToL/HdrToL, T=DNS/RFC822/X-Unix, "
    "A=mail.local -l\n"
    "Qslow, P=/var/spool/slow, F=f, r=2\n"
    "Xf1, S=local:/run/f1.sock, F=T, T=S:1s;R:1s\n"
    "H?P?Return-Path: <$g>\n"
    "HReceived: $?sfrom $s $.by $j\n"
    "\t(version) for $u\n"
    "Pfirst-class=0\n"
    "Pbulk=-60\n"
    "Troot daemon\n"
    "ETZ\n"
    "EPATH=/bin\n"
    "SEnvFromL\n"
    "SHdrFromL\n"
    "SEnvToL\n"
    "SHdrToL\n"
    "SLocal_check_rcpt\n"
    "R$* < @ $=w . > $*\t$#local $: $1\tlocal names\n"
    "R$+ $| $&{client_addr}\t$@ $>3 $1\n"
    "S98\n"
    "R$+ < @ $j . >\t$: $(access To:$1 $: ? $)\n";

static int
load(struct model *m)
{
	int rc = cf_parse_buffer(m, "t.cf", cftext, sizeof(cftext) - 1);
	struct diag_loc eof = diag_at("t.cf", 0);

	if (model_finish(m, &eof) != 0)
		rc = -1;
	return rc;
}

static char *
ir(const struct model *m)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	model_print_ir(fp, m);
	fclose(fp);
	return buf;
}

/* Read a damaged table: 1 rejected, 0 accepted (and walked). */
static int
try_read(const unsigned char *t, size_t len)
{
	struct model *m = model_new();
	char err[512], *text;
	int rc;

	err[0] = '\0';
	rc = model_read_table(m, t, len, "x.cft", err, sizeof(err));
	if (rc == 0) {
		text = ir(m);
		free(text);
	} else if (strstr(err, "x.cft: ") != err) {
		diag_error(NULL, "rejection without the file name: %s", err);
		rc = 2;
	}
	model_free(m);
	/* the runtime's view must agree on what it accepts */
	{
		struct cft_table tb;
		struct model *v = model_new();
		int vr = -1;

		if (cft_open(&tb, t, len, err, sizeof(err)) == 0) {
			vr = model_read_table_view(v, &tb, "x.cft", err,
			    sizeof(err));
			if (vr == 0) {
				text = ir(v);
				free(text);
			}
		}
		model_view_free(v);
		/* the view is stricter (a string must end at a NUL of
		   the pool), never more lenient */
		if (vr == 0 && rc != 0 && rc != 2) {
			diag_error(NULL, "the view accepts what the copy "
			    "rejects");
			rc = 2;
		}
	}
	return rc != 0 ? (rc == 2 ? 2 : 1) : 0;
}

int
main(void)
{
	struct model *a = model_new(), *b = model_new();
	unsigned char *t1, *t2, *dam;
	size_t n1, n2, i;
	char err[512], *ia, *ib;
	int bad, rejected, unnamed;
	unsigned long seed = 12345;

	diag_set_stream(stdout);
	is_int(cft_crc32("123456789", 9), 0xcbf43926u,
	    "the table checksum is CRC-32/IEEE (check value of \"123456789\")");
	{
		/* every length and alignment against the bitwise definition */
		unsigned char data[64];
		uint32_t c, want;
		size_t off, len, k;
		int bit, badcrc = 0;

		for (k = 0; k < sizeof(data); k++)
			data[k] = (unsigned char)(k * 37 + 11);
		for (off = 0; off < 8; off++)
			for (len = 0; off + len <= sizeof(data); len++) {
				c = 0xffffffffu;
				for (k = off; k < off + len; k++) {
					c ^= data[k];
					for (bit = 0; bit < 8; bit++)
						c = c & 1 ? 0xedb88320u ^ (c >> 1) :
						    c >> 1;
				}
				want = c ^ 0xffffffffu;
				badcrc += cft_crc32(data + off, len) != want;
			}
		ok(badcrc == 0, "the CRC agrees with the bitwise definition at "
		    "every length and alignment");
	}
	ok(load(a) == 0, "the sample cf text parses");
	model_write_table(a, &t1, &n1);
	ok(n1 > CFT_HEADER_SIZE, "a table is written (%zu bytes)", n1);
	ok(model_read_table(b, t1, n1, "t.cft", err, sizeof(err)) == 0,
	    "the table reads back");
	model_write_table(b, &t2, &n2);
	ok(n1 == n2 && memcmp(t1, t2, n1) == 0,
	    "written again from the read model: the same bytes");
	ia = ir(a);
	ib = ir(b);
	is_str(ib, ia, "the canonical IR of both models is the same");
	{
		const struct model_ruleset *rs = model_ruleset(b,
		    "Local_check_rcpt");

		ok(rs != NULL && rs->nrules == 2 && rs->rules[0].nlhs == 7 &&
		    rs->rules[0].lhs[3].kind == CFT_CLASS &&
		    strcmp(rs->rules[0].lhs[3].text, "w") == 0 &&
		    rs->rules[1].rhs[0].kind == CFT_CTL,
		    "rules keep their tokens and kinds");
	}
	ok(model_option(b, "Timeout", "queuereturn") != NULL &&
	    model_option(b, "Timeout", "queuereturn")->val.num == 5 * 86400,
	    "typed option values survive (Timeout.queuereturn = 5d)");
	ok(b->opchars >= 0 && strcmp(model_operator_chars(b),
	    ".:%@!^/[]+") == 0, "OperatorChars is found again");
	ok(b->ndirectives == a->ndirectives && b->ndirectives > 0 &&
	    b->directives[0].mcloc.line == 3, "directives keep their .mc "
	    "location");
	{
		struct cft_table tb;
		struct model *v = model_new();
		char *iv;

		ok(cft_open(&tb, t1, n1, err, sizeof(err)) == 0 &&
		    model_read_table_view(v, &tb, "t.cft", err,
		    sizeof(err)) == 0, "the table reads as a view too");
		iv = ir(v);
		is_str(iv, ia, "the view prints the same canonical IR");
		ok(v->noptions > 0 && (const unsigned char *)v->options[0].raw >=
		    tb.pool && (const unsigned char *)v->options[0].raw <
		    tb.pool + tb.poollen, "a view's strings are in the pool");
		free(iv);
		model_view_free(v);
	}
	free(ia);
	free(ib);

	/* every truncation */
	bad = 0;
	for (i = 0; i < n1; i++)
		if (try_read(t1, i) != 1)
			bad++;
	ok(bad == 0, "each of the %zu truncations is rejected", n1);

	/* every byte of the body changed, checksum recomputed */
	dam = malloc(n1);
	rejected = unnamed = 0;
	for (i = CFT_HEADER_SIZE; i < n1; i++) {
		int r;

		memcpy(dam, t1, n1);
		dam[i] ^= 0x5a;
		cft_seal(dam, n1);
		r = try_read(dam, n1);
		rejected += r == 1;
		unnamed += r == 2;
	}
	ok(unnamed == 0, "%zu resealed one-byte changes: never a crash, "
	    "%d rejected, each with the file name", n1 - CFT_HEADER_SIZE,
	    rejected);
	ok(rejected > 0, "resealed damage is caught by the section reader");

	/* random damage: 3 bytes at a time, 5000 times */
	unnamed = 0;
	for (i = 0; i < 5000; i++) {
		int k;

		memcpy(dam, t1, n1);
		for (k = 0; k < 3; k++) {
			seed = seed * 1103515245u + 12345u;
			dam[CFT_HEADER_SIZE + (seed >> 8) %
			    (n1 - CFT_HEADER_SIZE)] = (unsigned char)(seed >> 20);
		}
		cft_seal(dam, n1);
		unnamed += try_read(dam, n1) == 2;
	}
	ok(unnamed == 0, "5000 random resealed damages: never a crash");
	/* a huge count must not allocate: find the options count */
	free(dam);
	free(t1);
	free(t2);
	diag_forget_sources();
	model_free(a);
	model_free(b);
	return done_testing();
}
