/*
 * mapsrc.c -- parser of makemap's "key value" source text; the rules are
 * described in mapsrc.h.
 *
 * The input is one buffer (the whole file), walked the way sendmail's
 * makemap walks it with fgets(3) and a 1024-byte buffer, so the line
 * numbers of every message, the treatment of over-long lines and of NUL
 * bytes come out the same.  Nothing is copied: keys are folded and NULs
 * written in place, which is what makes a million-line map cheap.
 */
#include <string.h>

#include "maps/mapsrc.h"

static inline int
is_space(unsigned char c)
{
	/* isspace() in the C locale, as sendmail's ISSPACE() */
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

const char *
mapsrc_strerror(enum mapsrc_error e)
{
	switch (e) {
	case MAPSRC_TOOLONG:
		return "line too long (1024 bytes max)";
	case MAPSRC_LEADSPACE:
		return "syntax error (leading space)";
	case MAPSRC_NORHS:
		return "no RHS for LHS";
	}
	return "unknown error";
}

/* One logical line: s[0..n) with s[n] writable; n excludes the newline. */
static int
parse_line(char *s, size_t n, unsigned line, const struct mapsrc_opts *o,
    const struct mapsrc_handler *h)
{
	struct mapsrc_entry e;
	char *p, *end = s + n, *k;
	int sep = o->sep;

	if (n == 0 || (unsigned char)s[0] == (unsigned char)o->comment)
		return 0;
	if (sep == 0 && is_space((unsigned char)s[0]))
		return h->error(h->arg, line, MAPSRC_LEADSPACE, NULL);
	k = s;
	if (sep == 0) {
		for (p = s; p < end && !is_space((unsigned char)*p); p++)
			;
	} else {
		p = memchr(s, sep, n);
		if (p == NULL)
			p = end;
	}
	e.klen = (size_t)(p - s);
	if (o->fold) {
		char *q;

		for (q = s; q < p; q++)
			if (*q >= 'A' && *q <= 'Z')
				*q += 'a' - 'A';
	}
	if (p < end) {
		*p++ = '\0';
		if (sep == 0)
			while (p < end && is_space((unsigned char)*p))
				p++;
		else
			while (p < end && (unsigned char)*p == (unsigned char)sep)
				p++;
	} else
		*p = '\0';
	if (p == end && !o->allowempty)
		return h->error(h->arg, line, MAPSRC_NORHS, k);
	*end = '\0';
	e.key = k;
	e.val = p;
	e.vlen = (size_t)(end - p);
	if (o->nul) {
		e.klen++;
		e.vlen++;
	}
	e.line = line;
	return h->entry(h->arg, &e);
}

int
mapsrc_parse(char *buf, size_t len, const struct mapsrc_opts *o,
    const struct mapsrc_handler *h)
{
	const size_t max = MAPSRC_LINEMAX - 1;
	size_t pos = 0, avail, take, n;
	unsigned line = 0;
	char *s, *nl, *nul;
	int rc;

	while (pos < len) {
		line++;
		s = buf + pos;
		avail = len - pos;
		take = avail < max ? avail : max;
		nl = memchr(s, '\n', take);
		if (nl != NULL) {
			n = (size_t)(nl - s);
			pos += n + 1;
			/* strchr(buf, '\n') stops at a NUL: "too long" */
			if (memchr(s, '\0', n) != NULL) {
				if ((rc = h->error(h->arg, line,
				    MAPSRC_TOOLONG, NULL)) != 0)
					return rc;
				continue;
			}
		} else {
			pos += take;
			if (take == max) {
				/* buffer full, not at end of file */
				if ((rc = h->error(h->arg, line,
				    MAPSRC_TOOLONG, NULL)) != 0)
					return rc;
				continue;
			}
			/* the last line, without a newline */
			n = take;
			if ((nul = memchr(s, '\0', n)) != NULL)
				n = (size_t)(nul - s);
		}
		if ((rc = parse_line(s, n, line, o, h)) != 0)
			return rc;
	}
	return 0;
}
