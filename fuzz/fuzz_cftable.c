/* fuzz_cftable.c -- libFuzzer target: the table reader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cftable.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct cft_table t;
	struct cft_cursor c;
	char err[CFT_ERRLEN];
	uint32_t type, v;
	const char *s;
	size_t n;
	unsigned char fixed[4096];

	if (size > sizeof(fixed))
		return 0;
	memcpy(fixed, data, size);
	/* give the fuzzer valid checksums so it can explore the structure */
	if (size >= CFT_HEADER_SIZE && fixed[12] == 'C') {
		uint32_t len = (uint32_t)(size - CFT_HEADER_SIZE);

		memcpy(fixed, CFT_MAGIC, 8);
		fixed[8] = 1, fixed[9] = fixed[10] = fixed[11] = 0;
		fixed[12] = 0;
		memcpy(fixed + 16, &len, 4);
		cft_seal(fixed, size);
	}
	if (cft_open(&t, fixed, size, err, sizeof(err)) == -1)
		return 0;
	memset(&c, 0, sizeof(c));
	while (cft_next_section(&t, &c, &type) == 0)
		while (!cft_at_end(&c) && !c.bad) {
			if (cft_get_str(&c, &s, &n) == 0 && s != NULL && n)
				v = (uint32_t)s[n - 1];
			cft_get_u32(&c, &v);
		}
	return 0;
}
