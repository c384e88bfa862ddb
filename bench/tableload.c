/*
 * tableload.c -- how long the runtime takes to load a compiled table.
 *
 *	bench/tableload FILE.cft [HOSTS MAPDIR] [ITERATIONS]
 *
 * Reads the file once, then times ITERATIONS (default 2000) rounds of
 *   - model_read_table(): table -> model with every string copied (what
 *     `mailcf show` uses);
 *   - the runtime's load: cft_open() (header, CRC-32, frames) and
 *     model_read_table_view() (a model whose strings point into the
 *     table), what `mailcf test -C FILE.cft` does;
 *   - with HOSTS and MAPDIR: model -> struct policy_config, map sources
 *     and class files read from MAPDIR.
 * Prints the mean and the best round in microseconds.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cftable.h"
#include "compiler/cftio.h"
#include "compiler/model.h"
#include "runtime/cfload.h"
#include "runtime/modelload.h"
#include "runtime/policy.h"

static double
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "r");
	char *buf;
	long n;

	if (fp == NULL || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0) {
		perror(path);
		exit(66);
	}
	rewind(fp);
	buf = malloc((size_t)n + 1);
	if (buf == NULL || fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		perror(path);
		exit(66);
	}
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

int
main(int argc, char **argv)
{
	struct cfload_opts o = { "mx.oracle.test", NULL, NULL };
	double t, sum = 0, best = 1e18, sum2 = 0, best2 = 1e18, sum3 = 0,
	    best3 = 1e18;
	char err[512], *buf;
	size_t len;
	int i, n = 2000, full = argc >= 4;

	if (argc < 2) {
		fprintf(stderr, "usage: tableload FILE.cft [HOSTS MAPDIR] "
		    "[ITERATIONS]\n");
		return 64;
	}
	if (argc == 3 || argc == 5)
		n = atoi(argv[argc - 1]);
	if (full) {
		o.hosts = argv[2];
		o.mapdir = argv[3];
	}
	buf = slurp(argv[1], &len);
	for (i = 0; i < n; i++) {
		struct model *m = model_new();
		struct policy_config cf;

		t = now_us();
		if (model_read_table(m, buf, len, argv[1], err,
		    sizeof(err)) != 0) {
			fprintf(stderr, "%s\n", err);
			return 65;
		}
		t = now_us() - t;
		sum += t;
		if (t < best)
			best = t;
		model_free(m);

		/* the runtime's way: validate, then a view of the pool */
		{
			struct cft_table tb;

			m = model_new();
			t = now_us();
			if (cft_open(&tb, buf, len, err, sizeof(err)) != 0 ||
			    model_read_table_view(m, &tb, argv[1], err,
			    sizeof(err)) != 0) {
				fprintf(stderr, "%s\n", err);
				return 65;
			}
			t = now_us() - t;
			sum3 += t;
			if (t < best3)
				best3 = t;
		}
		if (full) {
			policy_config_init(&cf);
			t = now_us();
			if (modelload_model(&cf, m, argv[1], &o, err,
			    sizeof(err)) != 0) {
				fprintf(stderr, "%s\n", err);
				return 78;
			}
			t = now_us() - t;
			sum2 += t;
			if (t < best2)
				best2 = t;
			policy_config_free(&cf);
		}
		model_view_free(m);
	}
	printf("table %s: %zu bytes, %d rounds\n", argv[1], len, n);
	printf("  table -> model (copies): mean %8.1f us  best %8.1f us\n",
	    sum / n, best);
	printf("  runtime load (checksum + model view of the pool):\n"
	    "                           mean %8.1f us  best %8.1f us\n",
	    sum3 / n, best3);
	if (full)
		printf("  model -> policy config:  mean %8.1f us  best %8.1f us"
		    "  (maps and class files read from %s)\n", sum2 / n, best2,
		    o.mapdir);
	free(buf);
	return 0;
}
