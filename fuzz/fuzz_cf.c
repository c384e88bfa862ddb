/*
 * fuzz_cf.c -- libFuzzer target for the cf line-language parser: any
 * bytes go through cf_parse_buffer() into a model, which is then freed.
 * Diagnostics go to /dev/null; crashes, leaks, hangs and sanitizer
 * reports are the findings.  Run: fuzz/run cf 600
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "compiler/cf.h"
#include "compiler/model.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *devnull;
	struct model *m;

	if (devnull == NULL) {
		devnull = fopen("/dev/null", "w");
		diag_set_stream(devnull);
	}
	m = model_new();
	(void)cf_parse_buffer(m, "fuzz.cf", (const char *)data, size);
	{
		struct diag_loc eof = diag_at("fuzz.cf", 0);

		(void)model_finish(m, &eof);
	}
	diag_forget_sources();
	model_free(m);
	diag_reset_counts();
	return 0;
}
