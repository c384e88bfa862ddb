/*
 * cfparse.c -- driver of the cf parser: reads a file, normalises line
 * ends, runs the flex scanner and the bison parser over it (cf.h).
 *
 * The text is copied once: CR before LF is dropped (sendmail reads CRLF
 * files too), a NUL byte is reported and replaced by a blank, and a
 * missing final newline is added, so the scanner only ever sees complete
 * lines.  The copy stays in the model for caret lines in later messages.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/cf.h"
#include "compiler/cf_parser.h"

/* from the scanner (cf_lexer.c) */
typedef void *yyscan_t;
int	cfyylex_init_extra(struct cf_scan *, yyscan_t *);
int	cfyylex_destroy(yyscan_t);
struct yy_buffer_state *cfyy_scan_buffer(char *, size_t, yyscan_t);
int	cfyyparse(void *, struct cf_scan *);

struct diag_loc
cf_loc(const struct cf_scan *cs, int line, int col, int len)
{
	struct diag_loc loc;

	loc.file = cs->file;
	loc.line = line;
	loc.col = col;
	loc.len = len > 0 ? len : 1;
	return loc;
}

void
cf_error(const struct cf_scan *cs, const struct diag_loc *loc,
    const char *msg)
{
	model_report(cs->model, DIAG_ERROR, loc, msg);
}

void
cf_piece_free(struct cf_piece *p)
{
	struct cf_piece *next;

	for (; p != NULL; p = next) {
		next = p->next;
		free(p->text);
		free(p);
	}
}

struct cf_words *
cf_words_new(void)
{
	return xcalloc(1, sizeof(struct cf_words));
}

void
cf_words_add(struct cf_words *w, char *s, const struct diag_loc *loc)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 8;
		w->v = xreallocarray(w->v, w->cap, sizeof(*w->v));
		w->locs = xreallocarray(w->locs, w->cap, sizeof(*w->locs));
	}
	w->v[w->n] = s;
	w->locs[w->n] = *loc;
	w->n++;
}

void
cf_words_free(struct cf_words *w)
{
	size_t i;

	if (w == NULL)
		return;
	for (i = 0; i < w->n; i++)
		free(w->v[i]);
	free(w->v);
	free(w->locs);
	free(w);
}

/*
 * Copy buf, dropping CR before LF, blanking NULs, ending with LF.  The
 * usual text has neither CR nor NUL: one memcpy.  Two spare NUL bytes
 * follow the text (not counted in *outlen) so the scanner can read a
 * copy of it in place (yy_scan_buffer()).
 */
static char *
normalise(const char *file, const char *buf, size_t len, size_t *outlen)
{
	struct diag_loc loc;
	int line = 1, col = 1;
	size_t i, o;
	char *out;

	out = xmalloc(len + 3);
	if (memchr(buf, '\r', len) == NULL && memchr(buf, '\0', len) == NULL) {
		memcpy(out, buf, len);
		o = len;
	} else {
		for (i = o = 0; i < len; i++) {
			if (buf[i] == '\r' && i + 1 < len && buf[i + 1] == '\n')
				continue;
			if (buf[i] == '\0') {
				loc.file = file;
				loc.line = line;
				loc.col = col;
				loc.len = 1;
				diag_error(&loc, "NUL byte in a cf file");
				out[o++] = ' ';
			} else
				out[o++] = buf[i];
			if (buf[i] == '\n') {
				line++;
				col = 1;
			} else
				col++;
		}
	}
	if (o == 0 || out[o - 1] != '\n')
		out[o++] = '\n';
	out[o] = '\0';
	out[o + 1] = '\0';
	*outlen = o;
	return out;
}

int
cf_parse_buffer(struct model *m, const char *name, const char *buf,
    size_t len)
{
	struct cf_scan cs;
	yyscan_t scanner;
	char *text, *scan;
	size_t tlen;
	int before = diag_errors();

	memset(&cs, 0, sizeof(cs));
	cs.model = m;
	cs.file = model_intern(m, name);
	cs.line = 1;
	cs.col = 1;
	strbuf_init(&cs.text);

	text = normalise(cs.file, buf, len, &tlen);
	model_keep_source(m, text);
	m->irfile = cs.file;
	m->irtext = text;
	m->irlen = tlen;
	diag_add_source(cs.file, text, tlen);
	if (tlen > (size_t)0x7fffffff) {
		struct diag_loc loc = diag_at(cs.file, 0);
		diag_error(&loc, "file too large");
		return -1;
	}

	if (cfyylex_init_extra(&cs, &scanner) != 0) {
		struct diag_loc loc = diag_at(cs.file, 0);
		diag_error(&loc, "cannot start the scanner: %s",
		    strerror(errno));
		return -1;
	}
	cs.scanner = scanner;
	/* the scanner writes into its buffer: give it a copy, the model's
	   text stays whole for caret lines */
	scan = xmalloc(tlen + 2);
	memcpy(scan, text, tlen + 2);
	cfyy_scan_buffer(scan, tlen + 2, scanner);
	cfyyparse(scanner, &cs);
	cfyylex_destroy(scanner);
	free(scan);
	strbuf_free(&cs.text);
	return diag_errors() > before ? -1 : 0;
}

int
cf_parse_file(struct model *m, const char *path)
{
	struct strbuf sb = STRBUF_INIT;
	char chunk[65536];
	FILE *fp;
	size_t n;
	int rc;

	if ((fp = fopen(path, "r")) == NULL) {
		struct diag_loc loc = diag_at(path, 0);
		diag_error(&loc, "cannot open: %s", strerror(errno));
		return -2;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		strbuf_add(&sb, chunk, n);
	if (ferror(fp)) {
		struct diag_loc loc = diag_at(path, 0);
		diag_error(&loc, "read error: %s", strerror(errno));
		fclose(fp);
		strbuf_free(&sb);
		return -2;
	}
	fclose(fp);
	rc = cf_parse_buffer(m, path, sb.buf ? sb.buf : "", sb.len);
	strbuf_free(&sb);
	return rc;
}
