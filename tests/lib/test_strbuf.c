/* test_strbuf.c -- strbuf and xalloc. */
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"
#include "tests/tap.h"

int
main(void)
{
	struct strbuf sb = STRBUF_INIT;
	char *p;
	size_t len;
	int i;

	is_str(strbuf_str(&sb), "", "an empty buffer reads as \"\"");
	strbuf_adds(&sb, "abc");
	strbuf_addc(&sb, 'd');
	strbuf_addf(&sb, "-%d-%s", 42, "x");
	is_str(sb.buf, "abcd-42-x", "adds, addc and addf append");
	is_int(sb.len, 9, "length follows the bytes");
	strbuf_add(&sb, "\0z", 2);
	is_int(sb.len, 11, "embedded NUL counts in len");
	ok(sb.buf[11] == '\0', "always NUL-terminated");
	strbuf_reset(&sb);
	is_int(sb.len, 0, "reset empties");
	for (i = 0; i < 10000; i++)
		strbuf_addc(&sb, 'a' + i % 26);
	is_int(sb.len, 10000, "grows past many doublings");
	ok(sb.buf[9999] == 'a' + 9999 % 26, "bytes survive growth");
	p = strbuf_detach(&sb, &len);
	is_int(len, 10000, "detach reports the length");
	ok(sb.buf == NULL && sb.len == 0, "detach leaves the buffer empty");
	free(p);
	p = xasprintf("%s=%d", "n", 7);
	is_str(p, "n=7", "xasprintf formats");
	free(p);
	p = xstrndup("abcdef", 3);
	is_str(p, "abc", "xstrndup stops at n");
	free(p);
	strbuf_free(&sb);
	return done_testing();
}
