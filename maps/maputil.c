/*
 * maputil.c -- whole-file reading and a small scan of sendmail.cf lines
 * (O and K) for the map tools; see maputil.h.
 *
 * XXX: once the compiled table (.cft) exists, read AliasFile and the map
 * declarations from it through lib/cftable.h instead of scanning text.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "xalloc.h"

#include "maps/maputil.h"

int
maputil_readfd(int fd, char **bufp, size_t *lenp)
{
	struct stat st;
	size_t cap = 1 << 16, len = 0;
	ssize_t r;
	char *buf;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap + 1);
	for (;;) {
		if (len == cap)
			buf = xrealloc(buf, (cap *= 2) + 1);
		r = read(fd, buf + len, cap - len);
		if (r == 0)
			break;
		if (r == -1) {
			int e = errno;

			if (e == EINTR)
				continue;
			free(buf);
			errno = e;
			return -1;
		}
		len += (size_t)r;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return 0;
}

int
maputil_readfile(const char *path, char **bufp, size_t *lenp)
{
	int fd, rc, e;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	rc = maputil_readfd(fd, bufp, lenp);
	e = errno;
	close(fd);
	errno = e;
	return rc;
}

static char *
trimdup(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' ||
	    s[n - 1] == '\r'))
		n--;
	return xstrndup(s, n);
}

static void
split_add(const char *v, size_t n, char ***vals, size_t *nv)
{
	const char *comma;
	size_t k;

	for (;;) {
		comma = memchr(v, ',', n);
		k = comma ? (size_t)(comma - v) : n;
		*vals = xreallocarray(*vals, *nv + 1, sizeof(**vals));
		(*vals)[(*nv)++] = trimdup(v, k);
		if (comma == NULL)
			break;
		n -= k + 1;
		v = comma + 1;
	}
}

size_t
maputil_cf_option(const char *cf, size_t len, const char *name,
    int shortopt, char ***vals)
{
	const char *p = cf, *end = cf + len, *eol, *q;
	size_t nv = 0, nlen = strlen(name);

	*vals = NULL;
	for (; p < end; p = eol + 1) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		if (*p != 'O')
			continue;
		q = p + 1;
		if (q < eol && (*q == ' ' || *q == '\t')) {
			while (q < eol && (*q == ' ' || *q == '\t'))
				q++;
			if ((size_t)(eol - q) > nlen &&
			    strncasecmp(q, name, nlen) == 0) {
				q += nlen;
				while (q < eol && (*q == ' ' || *q == '\t'))
					q++;
				if (q < eol && *q == '=')
					split_add(q + 1, (size_t)(eol - q - 1),
					    vals, &nv);
			}
		} else if (shortopt && q < eol && *q == shortopt)
			split_add(q + 1, (size_t)(eol - q - 1), vals, &nv);
		if (eol == end)
			break;
	}
	return nv;
}

static size_t
basename_len(const char *s, size_t n, const char **start)
{
	const char *slash = NULL, *dot = NULL, *p;

	for (p = s; p < s + n; p++)
		if (*p == '/')
			slash = p;
	if (slash != NULL) {
		n -= (size_t)(slash + 1 - s);
		s = slash + 1;
	}
	for (p = s; p < s + n; p++)
		if (*p == '.')
			dot = p;
	if (dot != NULL && dot != s)
		n = (size_t)(dot - s);
	*start = s;
	return n;
}

char *
maputil_cf_mapclass(const char *cf, size_t len, const char *mapname,
    int basenames)
{
	const char *p = cf, *end = cf + len, *eol, *q, *cls, *f;
	const char *mb;
	size_t clen, flen, mblen;

	mblen = basename_len(mapname, strlen(mapname), &mb);
	for (; p < end; p = eol + 1) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		if (*p == 'K') {
			/* K name class [flags] file [args] */
			q = p + 1;
			while (q < eol && (*q == ' ' || *q == '\t'))
				q++;
			while (q < eol && *q != ' ' && *q != '\t')
				q++;
			while (q < eol && (*q == ' ' || *q == '\t'))
				q++;
			cls = q;
			while (q < eol && *q != ' ' && *q != '\t')
				q++;
			clen = (size_t)(q - cls);
			for (;;) {
				while (q < eol && (*q == ' ' || *q == '\t'))
					q++;
				if (q >= eol || *q != '-')
					break;
				while (q < eol && *q != ' ' && *q != '\t')
					q++;
			}
			f = q;
			while (q < eol && *q != ' ' && *q != '\t' && *q != '\r')
				q++;
			flen = (size_t)(q - f);
			if (clen > 0 && flen > 0) {
				if (!basenames) {
					if (flen == strlen(mapname) &&
					    memcmp(f, mapname, flen) == 0)
						return xstrndup(cls, clen);
				} else {
					const char *fb;
					size_t fblen = basename_len(f, flen, &fb);

					if (fblen == mblen &&
					    memcmp(fb, mb, fblen) == 0)
						return xstrndup(cls, clen);
				}
			}
		}
		if (eol == end)
			break;
	}
	return NULL;
}

void
maputil_free_list(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}
