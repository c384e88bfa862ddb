/*
 * test_rulecode.c -- the local rules as code in the table (RULECODE
 * section, compiler/cftio.c) and what the engine does with it.
 *
 *  - a model with local rules (maps, $> calls, $n, $x, $&x) compiles to
 *    code, the table holds it, and reading it back gives the same code;
 *  - the policy engine given that code decides like the one that compiles
 *    the model's rules while loading (ParseLocal routes with $j and $w,
 *    a $> call, Local_check_rcpt with a class and $&x); the .cft path
 *    end to end is tests/runtime/localrules.sh;
 *  - a table whose code is wrong in one operand (a $n beyond the left
 *    side, a map or ruleset index out of range or naming another one, an
 *    unknown instruction, a right-side instruction on a left side, a
 *    missing name, a ruleset count that does not match) is rejected with a
 *    sentence, never run, and the loader does not crash (the sanitizer
 *    build checks the reads);
 *  - every single-byte change of the table (checksum recomputed, so the
 *    readers themselves must notice) is either refused or gives code the
 *    engine loads and runs without a sanitizer report;
 *  - build-time checks: an unknown map, an unknown ruleset and a $n that
 *    no left side binds are errors at the rule's line.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cftable.h"
#include "diag.h"
#include "xalloc.h"
#include "tests/tap.h"
#include "compiler/cf.h"
#include "compiler/cftio.h"
#include "compiler/model.h"
#include "runtime/cfload.h"
#include "runtime/modelload.h"
#include "runtime/policy.h"
#include "runtime/rewrite.h"

static const char cftext[] =
    "V10/Berkeley\n"
    "@loc\thost.mc\t3\n"
    "O OperatorChars=.:%@!^/[]+\n"
    "Kaccess hash -T<TMPF> -o /etc/mail/access\n"
    "Kshort regex -a@MATCH ^(old|legacy)\n"
    "C{Blocked}sales info\n"
    "Mesmtp, P=[IPC], F=mDFMuXa, S=EnvFromSMTP/HdrFromSMTP, "
    "R=EnvToSMTP, E=\\r\\n, L=990, T=DNS/RFC822/SMTP, A=TCP $h\n"
    "S98\n"
    "R$* < @ shop . example . >\t$#esmtp $@ [10.0.0.9] $: $1 < @ $j >\n"
    "R$+ < @ far . example . >\t$: $>Mark $1\n"
    "R$* < @ $w . tagged . >\t$#local $: $1\n"
    "R$+ < @ $+ . >\t$: $(short $1 $) < @ $2 . >\n"
    "SMark\n"
    "R$+\t$#error $@ 5.1.2 $: \"550 far \" $1\n"
    "SLocal_check_rcpt\n"
    "R< $={Blocked} @ $* >\t$#error $@ 5.7.1 $: \"550 closed: \" $1 "
    "$&{client_addr}\n";

static struct model *
parse(const char *text)
{
	struct model *m = model_new();
	struct diag_loc eof = diag_at("t.cf", 0);

	if (cf_parse_buffer(m, "t.cf", text, strlen(text)) != 0 ||
	    model_finish(m, &eof) != 0) {
		model_free(m);
		return NULL;
	}
	return m;
}

static int
same_code(const struct rulecode *a, const struct rulecode *b,
    const struct model *m)
{
	size_t i, j, k;

	if (a->nsets != b->nsets)
		return 0;
	for (i = 0; i < a->nsets; i++)
		for (j = 0; j < m->rulesets[i].nrules; j++) {
			const struct rulecode_rule *x = &a->sets[i][j];
			const struct rulecode_rule *y = &b->sets[i][j];

			if (x->nlhs != y->nlhs || x->nrhs != y->nrhs)
				return 0;
			for (k = 0; k < x->nlhs + x->nrhs; k++) {
				const struct rw_code *p = k < x->nlhs ?
				    &x->lhs[k] : &x->rhs[k - x->nlhs];
				const struct rw_code *q = k < x->nlhs ?
				    &y->lhs[k] : &y->rhs[k - x->nlhs];

				if (p->op != q->op || p->arg != q->arg ||
				    (p->text == NULL) != (q->text == NULL) ||
				    (p->text != NULL &&
				    strcmp(p->text, q->text) != 0))
					return 0;
			}
		}
	return 1;
}

/* Table bytes for m with code c, read back: 0 ok, -1 rejected. */
static int
roundtrip(const struct model *m, const struct rulecode *c, char *err,
    size_t errlen, struct rulecode *out)
{
	unsigned char *buf;
	size_t len;
	struct cft_table t;
	struct model *v = model_new();
	int rc;

	model_write_table_code(m, c, &buf, &len);
	rc = cft_open(&t, buf, len, err, errlen);
	if (rc == 0)
		rc = model_read_table_view(v, &t, "x.cft", err, errlen);
	if (rc == 0)
		rc = rulecode_read(out, &t, v, "x.cft", err, errlen);
	model_view_free(v);
	free(buf);
	return rc;
}

/* Finds the first instruction OP in the code (lhs or rhs). */
static struct rw_code *
find_op(struct rulecode *c, const struct model *m, unsigned op, int lhs)
{
	size_t i, j, k;

	for (i = 0; i < c->nsets; i++)
		for (j = 0; j < m->rulesets[i].nrules; j++) {
			struct rulecode_rule *r = &c->sets[i][j];
			struct rw_code *v = lhs ? r->lhs : r->rhs;
			size_t n = lhs ? r->nlhs : r->nrhs;

			for (k = 0; k < n; k++)
				if (v[k].op == op)
					return &v[k];
		}
	return NULL;
}

struct damage {
	const char	*what;
	unsigned	 op;
	int		 lhs;
	unsigned	 newop, newarg;
	int		 dropname;
};

static void
corruptions(const struct model *m)
{
	static const struct damage d[] = {
		{ "a $n beyond the left side", RW_OP_REPL, 0, 0, 4, 0 },
		{ "$0", RW_OP_REPL, 0, 0, 0, 0 },
		{ "a map index out of range", RW_OP_LOOK, 0, 0, 999, 0 },
		{ "a map index naming another map", RW_OP_LOOK, 0, 0, 1, 0 },
		{ "a ruleset index out of range", RW_OP_CALL, 0, 0, 77, 0 },
		{ "a ruleset index naming another set", RW_OP_CALL, 0, 0, 1,
		    0 },
		{ "an unknown instruction", RW_OP_LIT, 1, 200, 0, 0 },
		{ "instruction 0", RW_OP_LIT, 1, 0xffffffffu, 0, 0 },
		{ "a right-side instruction on a left side", RW_OP_LIT, 1,
		    RW_OP_CALL, 0, 0 },
		{ "a class without its name", RW_OP_CLASS, 1, 0, 0, 1 },
		{ "an operand on a literal", RW_OP_LIT, 1, 0, 5, 0 },
	};
	const struct diag_loc *where;
	struct rulecode c, back;
	char err[512];
	size_t i;

	for (i = 0; i < sizeof(d) / sizeof(d[0]); i++) {
		struct rw_code *x;
		char *saved = NULL;

		if (rulecode_compile(&c, m, err, sizeof(err), &where) != 0) {
			ok(0, "compile for damage %s: %s", d[i].what, err);
			continue;
		}
		x = find_op(&c, m, d[i].op, d[i].lhs);
		if (x == NULL) {
			ok(0, "damage %s: no instruction to damage", d[i].what);
			rulecode_free(&c);
			continue;
		}
		if (d[i].newop != 0)
			x->op = d[i].newop == 0xffffffffu ? 0 : d[i].newop;
		if (d[i].newop == 0 && !d[i].dropname)
			x->arg = d[i].newarg;
		if (d[i].dropname) {
			saved = x->text;
			x->text = NULL;
		}
		err[0] = '\0';
		ok(roundtrip(m, &c, err, sizeof(err), &back) == -1 &&
		    strstr(err, "corrupt table") != NULL,
		    "code with %s is rejected (%s)", d[i].what, err);
		if (saved != NULL)
			x->text = saved;
		rulecode_free(&c);
	}
	/* fewer rulesets in the code than in the table */
	if (rulecode_compile(&c, m, err, sizeof(err), &where) == 0) {
		c.nsets--;
		ok(roundtrip(m, &c, err, sizeof(err), &back) == -1,
		    "code for fewer rulesets than the table's is rejected "
		    "(%s)", err);
		c.nsets++;
		rulecode_free(&c);
	}
}

/* Every byte of the body changed in turn, checksum fixed up. */
static void
byte_damage(const struct model *m)
{
	struct cfload_opts o = { "mx.oracle.test", "/dev/null", NULL };
	unsigned char *buf, *t;
	size_t len, off;
	int refused = 0, loaded = 0, bad = 0;
	char err[512];

	model_write_table(m, &buf, &len);
	t = xmalloc(len);
	for (off = CFT_HEADER_SIZE; off < len; off++) {
		struct cft_table tb;
		struct model *v;
		struct rulecode c;
		int rc;

		memcpy(t, buf, len);
		t[off] ^= 0x5a;
		cft_seal(t, len);
		if (cft_open(&tb, t, len, err, sizeof(err)) != 0) {
			refused++;
			continue;
		}
		v = model_new();
		rc = model_read_table_view(v, &tb, "x.cft", err, sizeof(err));
		if (rc == 0)
			rc = rulecode_read(&c, &tb, v, "x.cft", err,
			    sizeof(err));
		if (rc == 0) {
			struct policy_config cf;
			struct policy_route r;

			policy_config_init(&cf);
			if (modelload_model_code(&cf, v, &c, "x.cft", &o, err,
			    sizeof(err)) == 0) {
				policy_route(&cf, "joe@shop.example.", &r,
				    NULL);
				policy_route_free(&r);
				loaded++;
			}
			policy_config_free(&cf);
			rulecode_free(&c);
		} else if (rc < 0) {
			refused++;
			if (strstr(err, "corrupt table") == NULL)
				bad++;
		}
		model_view_free(v);
	}
	ok(bad == 0 && refused > 0 && loaded > 0,
	    "%zu damaged tables: %d refused with a sentence, %d loaded and "
	    "ran", len - CFT_HEADER_SIZE, refused, loaded);
	free(t);
	free(buf);
}

static void
engine(const struct model *m)
{
	struct cfload_opts o = { NULL, NULL, NULL };
	struct policy_config a, b;
	struct policy_client cl = { "10.1.2.3", "h.example", "OK", "", "" };
	struct policy_route ra, rb;
	const struct diag_loc *where;
	struct rulecode c;
	char err[512];
	static const char *const addrs[] = { "joe@shop.example.",
	    "ann@far.example.", "old@x.example.", "new@x.example.",
	    "kim@mx.tagged." };
	size_t i;
	char *va, *vb;

	o.hostname = "mx.oracle.test";
	o.hosts = "/dev/null";		/* no resolver but this */
	policy_config_init(&a);
	policy_config_init(&b);
	ok(modelload_model(&a, m, "t.cf", &o, err, sizeof(err)) == 0,
	    "engine from the model (code compiled while loading): %s",
	    a.rw != NULL ? "ok" : err);
	ok(rulecode_compile(&c, m, err, sizeof(err), &where) == 0 &&
	    modelload_model_code(&b, m, &c, "t.cf", &o, err,
	    sizeof(err)) == 0, "engine from code given to the loader (as a "
	    "table's)");
	for (i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++) {
		char *fa, *fb;

		policy_route(&a, addrs[i], &ra, NULL);
		policy_route(&b, addrs[i], &rb, NULL);
		fa = policy_route_format(&ra);
		fb = policy_route_format(&rb);
		is_str(fb, fa, "route %s: given code = code compiled at load",
		    addrs[i]);
		if (i == 0)
			is_str(fa, "mailer=esmtp host=[10.0.0.9] "
			    "user=joe<@mx.oracle.test>",
			    "LOCAL_RULE_0 with $j expanded at load");
		if (i == 1)
			is_str(fa, "error=5.1.2 text=550 far ann",
			    "a $> call to a ruleset of the table");
		if (i == 4)
			is_str(fa, "mailer=local host= user=kim",
			    "$w on a left side is expanded at load");
		free(fa);
		free(fb);
		policy_route_free(&ra);
		policy_route_free(&rb);
	}
	va = policy_check(&a, &cl, "x@y.example", "<sales@corp.example>",
	    NULL);
	vb = policy_check(&b, &cl, "x@y.example", "<sales@corp.example>",
	    NULL);
	is_str(vb, va, "check: given code = code compiled at load");
	ok(strncmp(va, "reject 550 5.7.1 closed: sales", 30) == 0 &&
	    strstr(va, "10.1.2.3") != NULL,
	    "Local_check_rcpt with a class and $&{client_addr}: %s", va);
	free(va);
	free(vb);
	rulecode_free(&c);
	policy_config_free(&a);
	policy_config_free(&b);
}

static void
build_errors(void)
{
	static const struct {
		const char *rule, *want;
	} bad[] = {
		{ "R$+\t$: $(nosuch $1 $)\n", "unknown map \"nosuch\"" },
		{ "R$+\t$: $>NoSuchSet $1\n", "unknown ruleset \"NoSuchSet\"" },
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *text = xasprintf("V10/Berkeley\nS98\nR$*\t$: $1\n%s",
		    bad[i].rule);
		struct model *m = parse(text);
		char path[] = "/tmp/rulecodeXXXXXX";
		int fd = mkstemp(path), n;
		FILE *fp = fd >= 0 ? fdopen(fd, "w+") : NULL;
		char out[1024] = "";

		if (m == NULL || fp == NULL) {
			ok(0, "set up build error case %zu", i);
			free(text);
			continue;
		}
		diag_set_stream(fp);
		diag_set_caret(0);
		n = model_check_rules(m);
		diag_set_stream(stderr);
		rewind(fp);
		out[fread(out, 1, sizeof(out) - 1, fp)] = '\0';
		ok(n == 1 && strstr(out, bad[i].want) != NULL &&
		    strstr(out, "t.cf:4:") != NULL,
		    "build error at the rule's line: %s", bad[i].want);
		if (strstr(out, bad[i].want) == NULL)
			printf("# got: %s\n", out);
		fclose(fp);
		unlink(path);
		model_free(m);
		free(text);
	}
}

int
main(void)
{
	struct model *m = parse(cftext);
	const struct diag_loc *where;
	struct rulecode c, back;
	char err[512];

	ok(m != NULL, "the cf text parses");
	if (m == NULL)
		return done_testing();
	ok(model_check_rules(m) == 0, "its rules compile");
	ok(rulecode_compile(&c, m, err, sizeof(err), &where) == 0,
	    "rulecode_compile");
	ok(roundtrip(m, NULL, err, sizeof(err), &back) == 0,
	    "the table holds the code and reads back");
	ok(same_code(&c, &back, m), "the code read back is the code written");
	{
		struct rw_code *x = find_op(&back, m, RW_OP_LOOK, 0);
		struct rw_code *y = find_op(&back, m, RW_OP_CALL, 0);
		struct rw_code *z = find_op(&back, m, RW_OP_LOADMAC, 0);

		ok(x != NULL && strcmp(x->text, "short") == 0 && x->arg > 0 &&
		    strcmp(m->maps[x->arg - 1].name, "short") == 0,
		    "$( short refers to the table's map by index");
		ok(y != NULL && strcmp(y->text, "Mark") == 0 && y->arg > 0 &&
		    strcmp(m->rulesets[y->arg - 1].name, "Mark") == 0,
		    "$>Mark refers to the table's ruleset by index");
		ok(z == NULL, "no load-time macro on a right side");
		ok(find_op(&back, m, RW_OP_LOADMAC, 1) != NULL,
		    "$w on a left side is kept for the load");
		ok(find_op(&back, m, RW_OP_DEFMAC, 0) != NULL,
		    "$j and $&{client_addr} on right sides are run-time");
	}
	rulecode_free(&back);
	rulecode_free(&c);
	corruptions(m);
	byte_damage(m);
	engine(m);
	build_errors();
	model_free(m);
	return done_testing();
}
