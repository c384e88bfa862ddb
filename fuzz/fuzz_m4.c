/*
 * fuzz_m4.c -- libFuzzer target for the m4 engine: the input is an m4
 * program, run with small limits so that every input ends quickly.  The
 * first byte picks options (-s, -E) so those paths are fuzzed too.
 * Run with: fuzz/run m4 SECONDS
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"

#include "compiler/m4.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strbuf out = STRBUF_INIT;
	struct m4 *m;
	unsigned flags = 0;

	if (devnull == NULL) {
		devnull = fopen("/dev/null", "w");
		diag_set_stream(devnull);
		/* includes name files relative to an empty folder */
		if (chdir("/tmp") == -1)
			abort();
	}
	if (size > 0) {
		flags = data[0];
		data++;
		size--;
	}
	m = m4_new();
	m4_set_output_buffer(m, &out);
	m4_set_errprint_file(m, devnull);
	m4_set_nesting_limit(m, 200);
	m4_set_max_calls(m, 5000);
	m4_set_max_bytes(m, 1 << 18);
	m4_set_max_total(m, 1 << 21);
	m4_set_sync_lines(m, flags & 1);
	m4_set_fatal_warnings(m, (flags >> 1) & 3);
	m4_define(m, "FUZZ", "fuzz");
	if (m4_process_buffer(m, "fuzz.m4", (const char *)data, size) == 0 &&
	    (flags & 8))
		(void)m4_process_buffer(m, "second.m4", "divnum`'__line__", 16);
	(void)m4_finish(m);
	m4_free(m);
	strbuf_free(&out);
	diag_reset_counts();
	return 0;
}
