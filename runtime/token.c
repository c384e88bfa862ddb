/*
 * token.c -- sendmail-style tokenization and cataddr() (see token.h).
 *
 * The operator set is fixed to what every m4-built cf declares
 * (O OperatorChars=.:%@!^/[]+) plus the delimiters sendmail always
 * treats as specials.  A backslash quotes the next character inside an
 * atom; "(comments)" are not stripped here (callers never pass them).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"
#include "runtime/token.h"

static const char specials[] = ".:%@!^/[]+()<>,;";

void
tok_pushn(struct toks *t, const char *s, size_t len)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->v = xreallocarray(t->v, t->cap, sizeof(*t->v));
	}
	t->v[t->n++] = xstrndup(s, len);
}

void
tok_push(struct toks *t, const char *s)
{
	tok_pushn(t, s, strlen(s));
}

void
tok_split(struct toks *t, const char *s)
{
	const char *p = s, *start;

	while (*p != '\0') {
		if (isspace((unsigned char)*p)) {
			p++;
			continue;
		}
		if (strchr(specials, *p) != NULL) {
			tok_pushn(t, p, 1);
			p++;
			continue;
		}
		start = p;
		if (*p == '"') {
			p++;
			while (*p != '\0' && *p != '"') {
				if (*p == '\\' && p[1] != '\0')
					p++;
				p++;
			}
			if (*p == '"')
				p++;
			tok_pushn(t, start, p - start);
			continue;
		}
		while (*p != '\0' && !isspace((unsigned char)*p) &&
		    strchr(specials, *p) == NULL && *p != '"') {
			if (*p == '\\' && p[1] != '\0')
				p++;
			p++;
		}
		tok_pushn(t, start, p - start);
	}
}

void
tok_append(struct toks *t, const struct toks *src, int from, int to)
{
	int i;

	for (i = from; i < to; i++)
		tok_push(t, src->v[i]);
}

void
tok_clear(struct toks *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		free(t->v[i]);
	t->n = 0;
}

void
tok_free(struct toks *t)
{
	tok_clear(t);
	free(t->v);
	t->v = NULL;
	t->cap = 0;
}

int
tok_is_atom(const char *s)
{
	if (*s == '\0' || *s == '"' || *s == '$')
		return 0;
	return strchr(specials, *s) == NULL;
}

int
tok_is_op(const char *s, const char *ops)
{
	return s[0] != '\0' && s[1] == '\0' && strchr(ops, s[0]) != NULL;
}

void
tok_join(struct strbuf *sb, const struct toks *t, int from, int to)
{
	int i;

	for (i = from; i < to; i++) {
		if (i > from && tok_is_atom(t->v[i - 1]) &&
		    tok_is_atom(t->v[i]))
			strbuf_addc(sb, ' ');
		strbuf_adds(sb, t->v[i]);
	}
}

char *
tok_joins(const struct toks *t, int from, int to)
{
	struct strbuf sb = STRBUF_INIT;

	tok_join(&sb, t, from, to);
	if (sb.buf == NULL)
		return xstrdup("");
	return strbuf_detach(&sb, NULL);
}

int
tok_find(const struct toks *t, const char *s, int from, int to)
{
	int i;

	for (i = from; i < to; i++)
		if (strcmp(t->v[i], s) == 0)
			return i;
	return -1;
}

int
tok_rfind(const struct toks *t, const char *s, int from, int to)
{
	int i;

	for (i = to - 1; i >= from; i--)
		if (strcmp(t->v[i], s) == 0)
			return i;
	return -1;
}
