/*
 * fuzz_rulecode.c -- libFuzzer target for the rule table reader with its
 * RULECODE section (compiler/cftio.c: model_read_table_view,
 * rulecode_read) and the engine that runs the loaded rule code
 * (runtime/modelload.c, runtime/rewrite.c).  The input is a whole .cft
 * table; its checksum is fixed up first so that the fuzzer reaches the
 * sections rather than the CRC test.  A table that loads is then used:
 * two addresses routed (rulesets 3,0 with LOCAL_RULE_0..3 and $> calls),
 * one SMTP check (Local_check_*), one rewrite.  Any crash, leak or
 * sanitizer report is a bug; a table refused with a sentence is fine.
 * The seed corpus (fuzz/corpus/rulecode) is tables built by mailcf build
 * from the .mc files of tests/runtime/mc.
 *   fuzz/run rulecode [SECONDS]
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cftable.h"
#include "compiler/cftio.h"
#include "compiler/model.h"
#include "runtime/cfload.h"
#include "runtime/modelload.h"
#include "runtime/policy.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct cfload_opts o = { "mx.fuzz.test", "/dev/null", "/nonexistent" };
	struct policy_client cl = { "192.0.2.1", "client.example", "OK", "",
		"" };
	unsigned char *t;
	struct cft_table tb;
	struct model *v;
	struct rulecode c;
	char err[512];
	int rc;

	if (size < CFT_HEADER_SIZE)
		return 0;
	t = malloc(size);
	if (t == NULL)
		return 0;
	memcpy(t, data, size);
	cft_seal(t, size);
	if (cft_open(&tb, t, size, err, sizeof(err)) != 0) {
		free(t);
		return 0;
	}
	v = model_new();
	rc = model_read_table_view(v, &tb, "f.cft", err, sizeof(err));
	if (rc == 0) {
		rc = rulecode_read(&c, &tb, v, "f.cft", err, sizeof(err));
		if (rc >= 0) {
			struct policy_config cf;
			struct policy_route r;
			char *s;

			policy_config_init(&cf);
			if (modelload_model_code(&cf, v, rc == 0 ? &c : NULL,
			    "f.cft", &o, err, sizeof(err)) == 0) {
				policy_route(&cf, "joe@shop.example.", &r,
				    NULL);
				policy_route_free(&r);
				policy_route(&cf, "<a!b@[10.0.0.1]>", &r, NULL);
				policy_route_free(&r);
				s = policy_check(&cf, &cl, "<ann@far.example>",
				    "<kim@mx.fuzz.test>", NULL);
				free(s);
				s = policy_rewrite(&cf, "esmtp", "HS",
				    "joe@shop.example", NULL);
				free(s);
			}
			policy_config_free(&cf);
			if (rc == 0)
				rulecode_free(&c);
		}
	}
#ifdef FUZZ_VERBOSE
	fprintf(stderr, "rc=%d %s\n", rc, rc != 0 ? err : "");
#endif
	model_view_free(v);
	cft_close(&tb);
	free(t);
	return 0;
}

/* The .mc path (compiler/build.c and the m4 engine) is not linked: only
   tables reach the loader here. */
int
model_load_any(struct model *m, const char *path,
    const struct build_opts *bo)
{
	(void)m;
	(void)path;
	(void)bo;
	return -2;
}
