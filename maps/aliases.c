/*
 * aliases.c -- the aliases(5) reader; the format is described in aliases.h.
 *
 * sendmail reads an alias file with fgets() into one BUFSIZ buffer,
 * appends continuation lines to that same buffer, and looks one character
 * ahead with getc()/ungetc() to decide whether the next line continues
 * the entry.  Where a line is cut, which line number a message carries
 * and what "too long" means all follow from that, so this reader works
 * the same way over an in-memory "stream" (struct stream) instead of
 * re-deriving the rules.
 *
 * The LHS is an address in sendmail, resolved through the configuration's
 * rulesets 3 and 0.  Here it is tokenized the way sendmail's scanner does
 * (atoms, quoted strings, comments, the operator characters of every
 * m4-built cf) and judged by the rules those rulesets apply to a local
 * name: "user@host" is local only for localhost, [127.0.0.1] and the
 * names the caller gives; '!', '%', a leading '/' or '|' route elsewhere.
 * An unbalanced quote, comment or ')' is repaired with a warning, as
 * sendmail does.  XXX: an unbalanced '<' or '>' is rejected here, where
 * sendmail stores a mangled key.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"

#include "maps/aliases.h"

struct stream {
	const char	*buf;
	size_t		 len;
	size_t		 pos;
	int		 eof;
};

/* fgets(3): up to size - 1 bytes or through a newline; -1 at EOF */
static int
s_gets(struct stream *s, char *dst, size_t size)
{
	size_t avail, take, n;
	const char *nl;

	if (size == 0)
		return -1;
	if (s->pos >= s->len) {
		s->eof = 1;
		return -1;
	}
	avail = s->len - s->pos;
	take = size - 1 < avail ? size - 1 : avail;
	nl = memchr(s->buf + s->pos, '\n', take);
	n = nl != NULL ? (size_t)(nl - (s->buf + s->pos)) + 1 : take;
	memcpy(dst, s->buf + s->pos, n);
	dst[n] = '\0';
	s->pos += n;
	if (nl == NULL && n < size - 1)
		s->eof = 1;
	return (int)n;
}

static int
s_getc(struct stream *s)
{
	if (s->pos >= s->len) {
		s->eof = 1;
		return EOF;
	}
	return (unsigned char)s->buf[s->pos++];
}

/* skip the rest of an over-long physical line */
static void
s_flushline(struct stream *s)
{
	int c;

	while ((c = s_getc(s)) != EOF && c != '\n')
		;
}

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

/* --- the LHS ------------------------------------------------------- */

enum toktype { T_ATOM, T_OP, T_QUOTED };

struct token {
	enum toktype	 type;
	size_t		 off;	/* into the token text buffer */
	size_t		 len;
};

struct lhs {
	struct strbuf	 text;	/* token texts, back to back */
	struct token	*toks;
	size_t		 ntoks, cap;
	size_t		 stop;	/* where the scan stopped (the delimiter) */
	char		 unbalanced;	/* the character, or 0 */
	int		 empty;
};

static const char operators[] = ".:%@!^/[]+<>,;";

static void
addtok(struct lhs *l, enum toktype t, const char *s, size_t n)
{
	if (l->ntoks == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->toks = xreallocarray(l->toks, l->cap, sizeof(*l->toks));
	}
	l->toks[l->ntoks].type = t;
	l->toks[l->ntoks].off = l->text.len;
	l->toks[l->ntoks].len = n;
	strbuf_add(&l->text, s, n);
	l->ntoks++;
}

/* Tokenize s up to a ':' outside quotes, comments and <>. */
static void
scan_lhs(const char *s, struct lhs *l)
{
	const char *p = s, *q;
	int angle = 0, depth;

	for (;;) {
		while (*p != '\0' && is_space((unsigned char)*p))
			p++;
		if (*p == '\0')
			break;
		if (*p == ':' && angle <= 0)
			break;
		if (*p == '(') {
			for (depth = 0, q = p; *q != '\0'; q++) {
				if (*q == '\\' && q[1] != '\0')
					q++;
				else if (*q == '(')
					depth++;
				else if (*q == ')' && --depth == 0)
					break;
			}
			if (*q == '\0') {
				l->unbalanced = '(';
				p = q;
				break;
			}
			p = q + 1;
			continue;
		}
		if (*p == ')') {
			l->unbalanced = ')';
			p++;
			continue;
		}
		if (*p == '"') {
			for (q = p + 1; *q != '\0' && *q != '"'; q++)
				if (*q == '\\' && q[1] != '\0')
					q++;
			if (*q == '\0') {
				/* sendmail closes the quote and warns */
				l->unbalanced = '"';
				addtok(l, T_QUOTED, p, (size_t)(q - p));
				strbuf_addc(&l->text, '"');
				l->toks[l->ntoks - 1].len++;
				p = q;
				break;
			}
			addtok(l, T_QUOTED, p, (size_t)(q + 1 - p));
			p = q + 1;
			continue;
		}
		if (strchr(operators, *p) != NULL) {
			if (*p == '<')
				angle++;
			else if (*p == '>' && --angle < 0)
				l->unbalanced = '>';
			addtok(l, T_OP, p, 1);
			p++;
			continue;
		}
		for (q = p; *q != '\0' && !is_space((unsigned char)*q) &&
		    *q != '(' && *q != ')' && *q != '"' &&
		    strchr(operators, *q) == NULL; q++)
			if (*q == '\\' && q[1] != '\0')
				q++;
		addtok(l, T_ATOM, p, (size_t)(q - p));
		p = q;
	}
	if (angle > 0 && l->unbalanced == 0)
		l->unbalanced = '<';
	l->stop = (size_t)(p - s);
}

static int
tokis(const struct lhs *l, size_t i, char c)
{
	return l->toks[i].type == T_OP && l->text.buf[l->toks[i].off] == c;
}

static int
is_local_host(const char *h, const struct aliases_opts *o)
{
	size_t i;

	if (strcasecmp(h, "localhost") == 0 ||
	    strcmp(h, "[127.0.0.1]") == 0)
		return 1;
	for (i = 0; o != NULL && i < o->nlocal; i++)
		if (strcasecmp(h, o->localnames[i]) == 0)
			return 1;
	return 0;
}

/* join tokens [a, b): atoms next to atoms get the BlankSub '.' */
static void
join(const struct lhs *l, size_t a, size_t b, struct strbuf *out)
{
	size_t i;
	int prevatom = 0, atom;

	for (i = a; i < b; i++) {
		atom = l->toks[i].type != T_OP;
		if (atom && prevatom)
			strbuf_addc(out, '.');
		strbuf_add(out, l->text.buf + l->toks[i].off, l->toks[i].len);
		prevatom = atom;
	}
}

enum lhs_verdict { LHS_LOCAL, LHS_NONLOCAL, LHS_ILLEGAL, LHS_ROUTE };

/* Judge the tokens; on LHS_LOCAL, key holds the lowercased user. */
static enum lhs_verdict
judge_lhs(const struct lhs *l, const struct aliases_opts *o,
    struct strbuf *key)
{
	size_t a = 0, b = l->ntoks, i, at = (size_t)-1;
	struct strbuf host = STRBUF_INIT;
	const char *t;

	if (b == 0)
		return LHS_ILLEGAL;
	for (i = 0; i < b; i++)
		if (tokis(l, i, ','))
			return LHS_ROUTE;
	/* an address in angle brackets stands alone */
	for (i = 0; i < b; i++)
		if (tokis(l, i, '<')) {
			size_t j;

			for (j = b; j > i + 1; j--)
				if (tokis(l, j - 1, '>'))
					break;
			a = i + 1;
			b = j > i + 1 ? j - 1 : b;
			break;
		}
	if (a >= b)
		return LHS_ILLEGAL;
	for (i = a; i < b; i++)
		if (tokis(l, i, '@'))
			at = i;
	if (at != (size_t)-1) {
		join(l, at + 1, b, &host);
		if (!is_local_host(strbuf_str(&host), o)) {
			strbuf_free(&host);
			return LHS_NONLOCAL;
		}
		strbuf_free(&host);
		b = at;
		if (a >= b)
			return LHS_ILLEGAL;
	}
	for (i = a; i < b; i++)
		if (tokis(l, i, '@') || tokis(l, i, '!') || tokis(l, i, '%'))
			return LHS_NONLOCAL;
	t = l->text.buf + l->toks[a].off;
	if (tokis(l, a, '/') || t[0] == '|' ||
	    (l->toks[a].type == T_QUOTED && (t[1] == '|' || t[1] == '/')))
		return LHS_NONLOCAL;
	join(l, a, b, key);
	for (i = 0; i < key->len; i++)
		if (key->buf[i] >= 'A' && key->buf[i] <= 'Z')
			key->buf[i] += 'a' - 'A';
	return LHS_LOCAL;
}

/* --- the file ------------------------------------------------------ */

struct reader {
	struct stream			 s;
	const struct aliases_opts	*opts;
	const struct alias_handler	*h;
	unsigned			 lineno;
	int				 skipping;
	char				 line[ALIASES_LINEMAX];
};

static int
say(struct reader *r, int error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
say(struct reader *r, int error, const char *fmt, ...)
{
	char buf[ALIASES_LINEMAX + 128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return r->h->message(r->h->arg, r->lineno, error, buf);
}

/* Append the continuation lines of an entry whose RHS starts at p. */
static void
read_continuations(struct reader *r, char *p)
{
	char *nlp;
	int c;

	for (;;) {
		nlp = p + strlen(p);
		if (nlp > p && nlp[-1] == '\n')
			*--nlp = '\0';
		p = nlp;
		c = s_getc(&r->s);
		if (c != EOF)
			r->s.pos--;
		if (c != ' ' && c != '\t')
			break;
		if (s_gets(&r->s, p, sizeof(r->line) - (size_t)(p - r->line)) < 0)
			break;
		r->lineno++;
		if (strchr(p, '\n') == NULL && !r->s.eof) {
			say(r, 1, "alias line too long");
			s_flushline(&r->s);
			r->skipping = 1;
			break;
		}
	}
}

/* One logical line in r->line (newline removed).  Returns handler rc. */
static int
process(struct reader *r)
{
	struct lhs l;
	struct strbuf key = STRBUF_INIT;
	struct alias_entry e;
	enum lhs_verdict v;
	char *p, *rhs, *paddr;
	char *line = r->line;
	int rc = 0;

	for (p = line; *p != '\0' && *p != ':' && *p != '\n'; p++)
		;
	if (*p++ != ':')
		return say(r, 1, "missing colon");
	memset(&l, 0, sizeof(l));
	strbuf_init(&l.text);
	scan_lhs(line, &l);
	paddr = xstrndup(line, l.stop);
	if (l.unbalanced) {
		/* a quote, comment or ')' is repaired with a warning */
		int fatal = l.unbalanced == '<' || l.unbalanced == '>';

		rc = say(r, fatal, "%s... Unbalanced '%c'", paddr,
		    l.unbalanced);
		if (rc != 0 || fatal)
			goto out;
	}
	v = judge_lhs(&l, r->opts, &key);
	if (v == LHS_ILLEGAL) {
		rc = say(r, 1, "%.40s... illegal alias name", line);
		goto out;
	}
	while (is_space((unsigned char)*p))
		p++;
	rhs = p;
	read_continuations(r, p);
	if (r->skipping)
		goto out;
	if (v == LHS_ROUTE) {
		if ((rc = say(r, 1, "%s... Invalid route address", paddr)) != 0)
			goto out;
		v = LHS_NONLOCAL;
	}
	if (v == LHS_NONLOCAL) {
		rc = say(r, 1, "%s... cannot alias non-local names", paddr);
		goto out;
	}
	for (p = rhs; is_space((unsigned char)*p); p++)
		;
	if (*p == '\0') {
		rc = say(r, 1, "%.40s... missing value for alias", line);
		goto out;
	}
	e.key = strbuf_str(&key);
	e.klen = key.len;
	e.val = rhs;
	e.vlen = strlen(rhs);
	e.paddr = paddr;
	e.line = r->lineno;
	rc = r->h->entry(r->h->arg, &e);
out:
	free(paddr);
	free(l.toks);
	strbuf_free(&l.text);
	strbuf_free(&key);
	return rc;
}

int
aliases_parse(const char *buf, size_t len, const struct aliases_opts *o,
    const struct alias_handler *h)
{
	struct reader *r;
	char *p, *line;
	int rc = 0;

	r = xcalloc(1, sizeof(*r));
	r->s.buf = buf;
	r->s.len = len;
	r->opts = o;
	r->h = h;
	line = r->line;
	while (s_gets(&r->s, line, sizeof(r->line)) >= 0) {
		r->lineno++;
		p = strchr(line, '\n');
		while (p != NULL && p > line && p[-1] == '\\') {
			p--;
			if (s_gets(&r->s, p, sizeof(r->line) -
			    (size_t)(p - line)) < 0)
				break;
			r->lineno++;
			p = strchr(p, '\n');
		}
		if (p != NULL)
			*p = '\0';
		else if (!r->s.eof) {
			rc = say(r, 1, "alias line too long");
			s_flushline(&r->s);
			r->skipping = 1;
			if (rc != 0)
				break;
			continue;
		}
		switch (line[0]) {
		case '#':
			/* indented lines after a comment belong to it */
			r->skipping = 1;
			continue;
		case '\0':
			r->skipping = 0;
			continue;
		case ' ':
		case '\t':
			if (!r->skipping)
				rc = say(r, 1,
				    "Non-continuation line starts with space");
			r->skipping = 1;
			if (rc != 0)
				break;
			continue;
		}
		if (rc != 0)
			break;
		r->skipping = 0;
		if ((rc = process(r)) != 0)
			break;
	}
	free(r);
	return rc;
}
