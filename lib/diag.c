/* diag.c -- compiler-style diagnostics; see diag.h. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"

struct diag_source {
	char		*file;		/* owned */
	const char	*buf;		/* borrowed */
	size_t		 len;
};

static const char	*progname;
static FILE		*stream;
static int		 error_limit;
static int		 werror;
static int		 caret = 1;
static int		 nerrors, nwarnings;
static struct diag_source *sources;
static size_t		 nsources;

void
diag_set_progname(const char *name)
{
	progname = name;
}

void
diag_set_stream(FILE *fp)
{
	stream = fp;
}

void
diag_set_error_limit(int n)
{
	error_limit = n;
}

void
diag_set_werror(int on)
{
	werror = on;
}

void
diag_set_caret(int on)
{
	caret = on;
}

void
diag_add_source(const char *file, const char *buf, size_t len)
{
	size_t i;

	for (i = 0; i < nsources; i++)
		if (strcmp(sources[i].file, file) == 0) {
			sources[i].buf = buf;
			sources[i].len = len;
			return;
		}
	sources = xreallocarray(sources, nsources + 1, sizeof(*sources));
	sources[nsources].file = xstrdup(file);
	sources[nsources].buf = buf;
	sources[nsources].len = len;
	nsources++;
}

void
diag_forget_sources(void)
{
	size_t i;

	for (i = 0; i < nsources; i++)
		free(sources[i].file);
	free(sources);
	sources = NULL;
	nsources = 0;
}

int
diag_errors(void)
{
	return nerrors;
}

int
diag_warnings(void)
{
	return nwarnings;
}

void
diag_reset_counts(void)
{
	nerrors = nwarnings = 0;
}

struct diag_loc
diag_at(const char *file, int line)
{
	struct diag_loc loc;

	loc.file = file;
	loc.line = line;
	loc.col = 0;
	loc.len = 0;
	return loc;
}

/* Copy line number `line` of a buffer into sb; 0 when there is none. */
static int
line_from_buf(const char *buf, size_t len, int line, struct strbuf *sb)
{
	const char *p = buf, *end = buf + len, *nl;
	int n = 1;

	while (n < line) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return 0;
		p = nl + 1;
		n++;
	}
	if (p > end || (p == end && line > 1 && p[-1] == '\n'))
		return 0;
	nl = memchr(p, '\n', (size_t)(end - p));
	strbuf_add(sb, p, (size_t)((nl ? nl : end) - p));
	return 1;
}

static int
line_from_file(const char *file, int line, struct strbuf *sb)
{
	FILE *fp;
	int c, n = 1, found = 0;

	if ((fp = fopen(file, "r")) == NULL)
		return 0;
	while ((c = getc(fp)) != EOF) {
		if (n == line) {
			found = 1;
			if (c == '\n')
				break;
			strbuf_addc(sb, c);
		} else if (c == '\n' && ++n > line)
			break;
	}
	fclose(fp);
	return found;
}

static void
print_caret(FILE *fp, const struct diag_loc *loc)
{
	struct strbuf line = STRBUF_INIT;
	size_t i, col, len;
	int found = 0;

	for (i = 0; i < nsources; i++)
		if (strcmp(sources[i].file, loc->file) == 0) {
			found = line_from_buf(sources[i].buf, sources[i].len,
			    loc->line, &line);
			break;
		}
	if (i == nsources)
		found = line_from_file(loc->file, loc->line, &line);
	if (!found) {
		strbuf_free(&line);
		return;
	}
	fprintf(fp, "%5d | %s\n", loc->line, strbuf_str(&line));
	col = (size_t)loc->col - 1;
	if (col > line.len)
		col = line.len;
	fputs("      | ", fp);
	for (i = 0; i < col; i++)
		fputc(line.buf[i] == '\t' ? '\t' : ' ', fp);
	fputc('^', fp);
	len = loc->len > 1 ? (size_t)loc->len : 1;
	if (col + len > line.len)
		len = line.len > col ? line.len - col : 1;
	for (i = 1; i < len; i++)
		fputc('~', fp);
	fputc('\n', fp);
	strbuf_free(&line);
}

static void
vdiag(enum diag_severity sev, const struct diag_loc *loc, const char *fmt,
    va_list ap)
{
	static const char *const names[] = {
		"note", "warning", "error", "fatal error"
	};
	FILE *fp = stream ? stream : stderr;

	if (sev == DIAG_WARNING && werror)
		sev = DIAG_ERROR;
	if (loc != NULL && loc->file != NULL) {
		fputs(loc->file, fp);
		if (loc->line > 0) {
			fprintf(fp, ":%d", loc->line);
			if (loc->col > 0)
				fprintf(fp, ":%d", loc->col);
		}
		fputs(": ", fp);
	} else if (progname != NULL)
		fprintf(fp, "%s: ", progname);
	fprintf(fp, "%s: ", names[sev]);
	vfprintf(fp, fmt, ap);
	fputc('\n', fp);
	if (caret && loc != NULL && loc->file != NULL && loc->line > 0 &&
	    loc->col > 0)
		print_caret(fp, loc);
	fflush(fp);

	if (sev == DIAG_WARNING)
		nwarnings++;
	else if (sev >= DIAG_ERROR) {
		nerrors++;
		if (error_limit > 0 && nerrors >= error_limit) {
			fprintf(fp, "%s: too many errors (%d), stopping\n",
			    progname ? progname : "mailcf", nerrors);
			exit(EX_DATAERR);
		}
	}
}

void
diag_msg(enum diag_severity sev, const struct diag_loc *loc,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(sev, loc, fmt, ap);
	va_end(ap);
}

void
diag_error(const struct diag_loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(DIAG_ERROR, loc, fmt, ap);
	va_end(ap);
}

void
diag_warning(const struct diag_loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(DIAG_WARNING, loc, fmt, ap);
	va_end(ap);
}

void
diag_note(const struct diag_loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vdiag(DIAG_NOTE, loc, fmt, ap);
	va_end(ap);
}
