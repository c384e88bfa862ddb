/*
 * fuzz_policy.c -- libFuzzer target for the policy engine's parsers: the
 * input is split at the first newline into a sendmail.cf fragment (fed to
 * the cf loader: macros, classes, maps, rewriting rules) and a list of
 * addresses, each routed (rulesets 3,0), checked (check_relay/mail/rcpt)
 * and rewritten.  Any crash, leak or sanitizer report is a bug; answers
 * are not checked here (the differential tests do that).
 *   fuzz/run policy [SECONDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/cfload.h"
#include "runtime/policy.h"

int	LLVMFuzzerTestOneInput(const unsigned char *, size_t);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char cfpath[] = "/tmp/fuzz_policy.XXXXXX", err[512];
	struct cfload_opts o = { "mx.fuzz.test", "/dev/null", "/nonexistent" };
	struct policy_config cf;
	struct policy_client c = { "192.0.2.1", "client.example", "OK", "",
		"" };
	struct policy_route r;
	const unsigned char *nl;
	char *addrs, *a, *save = NULL, *v;
	int fd;

	nl = memchr(data, '\n', size);
	if (nl == NULL)
		return 0;
	if ((fd = mkstemp(cfpath)) == -1)
		return 0;
	/* the cf part: escaped newlines become line breaks */
	for (const unsigned char *p = data; p < nl; p++) {
		char ch = *p == '|' ? '\n' : (char)*p;

		if (write(fd, &ch, 1) != 1)
			break;
	}
	close(fd);
	addrs = strndup((const char *)nl + 1, size - (nl + 1 - data));
	policy_config_init(&cf);
	if (addrs != NULL && cfload(&cf, cfpath, &o, err, sizeof(err)) == 0) {
		for (a = strtok_r(addrs, "\n", &save); a != NULL;
		    a = strtok_r(NULL, "\n", &save)) {
			policy_route(&cf, a, &r, NULL);
			v = policy_route_format(&r);
			free(v);
			policy_route_free(&r);
			v = policy_check(&cf, &c, a, a, NULL);
			free(v);
			v = policy_rewrite(&cf, "esmtp", "HS", a, NULL);
			free(v);
		}
	}
	policy_config_free(&cf);
	free(addrs);
	unlink(cfpath);
	return 0;
}
