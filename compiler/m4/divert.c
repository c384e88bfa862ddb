/*
 * divert.c -- output and diversions of the m4 engine.
 *
 * Diversion 0 is the output (a FILE, flushed in 64 KiB pieces, or the
 * caller's strbuf); a negative diversion discards; any positive number
 * is an in-memory buffer, kept in a small array sorted by number and
 * flushed in numeric order at the end of input.  Their sizes count
 * towards the engine's byte limit.
 *
 * With -s, "#line N \"FILE\"" lines are written as GNU m4 does: before
 * a line of output whose input line is not the one expected.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4/m4int.h"

#define FLUSH_AT	65536

void
m4_flush_output(struct m4 *m)
{
	if (m->outfp != NULL && m->out0.len > 0) {
		fwrite(m->out0.buf, 1, m->out0.len, m->outfp);
		strbuf_reset(&m->out0);
	}
}

static struct strbuf *
out_buffer(struct m4 *m)
{
	return m->outsb != NULL ? m->outsb : &m->out0;
}

static struct m4_div *
find_div(struct m4 *m, int n, int create)
{
	size_t lo = 0, hi = m->ndivs, mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (m->divs[mid].num == n)
			return &m->divs[mid];
		if (m->divs[mid].num < n)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!create)
		return NULL;
	m->divs = xreallocarray(m->divs, m->ndivs + 1, sizeof(*m->divs));
	memmove(&m->divs[lo + 1], &m->divs[lo],
	    (m->ndivs - lo) * sizeof(*m->divs));
	m->ndivs++;
	m->divs[lo].num = n;
	strbuf_init(&m->divs[lo].sb);
	return &m->divs[lo];
}

/* Make diversion n current. */
void
m4_divert(struct m4 *m, int n)
{
	if (n != m->curdiv)
		m->sync_line = -1;
	m->curdiv = n;
	if (n < 0)
		m->cur = NULL;
	else if (n == 0)
		m->cur = out_buffer(m);
	else
		m->cur = &find_div(m, n, 1)->sb;
}

/*
 * The sync line logic of GNU m4 -s: at the start of an output line, the
 * line number expected next is compared with the input line of the token
 * being written; when they differ a #line is written, with the file name
 * when the count was reset (at the start, by divert, or when a file is
 * entered or left).  Tokens are never split.
 */
static void
sync_line(struct m4 *m, int line, const char *file)
{
	struct strbuf sb = STRBUF_INIT;

	m->sync_bol = 0;
	m->sync_line++;
	if (m->sync_line == line)
		return;
	strbuf_addf(&sb, "#line %d", line);
	if (m->sync_line < 1 && file != NULL)
		strbuf_addf(&sb, " \"%s\"", file);
	sb_addc(&sb, '\n');
	m->sync_line = line;
	m4_shipout_raw(m, sb.buf, sb.len);
	strbuf_free(&sb);
}

/* A token's text for the current diversion; line, file: its origin. */
void
m4_shipout(struct m4 *m, const char *s, size_t n, int line, const char *file)
{
	struct strbuf *sb = m->cur;
	size_t i;

	/* an empty token too may write the #line (GNU m4 does) */
	if (sb == NULL)
		return;
	if (m->synclines) {
		if (m->sync_bol)
			sync_line(m, line, file);
		/* a newline inside the token counts a line; a final one
		 * makes the next token check for a #line */
		for (i = 0; i < n; i++)
			if (s[i] == '\n') {
				if (i + 1 == n)
					m->sync_bol = 1;
				else
					m->sync_line++;
			}
	}
	m4_shipout_raw(m, s, n);
}

/* Text for the current diversion, without sync lines. */
void
m4_shipout_raw(struct m4 *m, const char *s, size_t n)
{
	struct strbuf *sb = m->cur;

	if (sb == NULL || n == 0)
		return;
	sb_add(sb, s, n);
	if (m->curdiv > 0) {
		m->bytes += n;
		if (m->max_bytes && m->injmp && m->bytes > m->max_bytes) {
			struct m4_loc here;

			m4_cur_loc(m, &here);
			m4_fatal(m, &here, NULL, NULL,
			    "diversion %d grew past %zu bytes", m->curdiv,
			    m->max_bytes);
		}
	} else if (sb == &m->out0 && m->outfp && sb->len >= FLUSH_AT)
		m4_flush_output(m);
}

/* undivert(n): append diversion n to the current one and empty it. */
void
m4_undivert(struct m4 *m, int n)
{
	struct m4_div *d;

	if (n <= 0 || n == m->curdiv || (d = find_div(m, n, 0)) == NULL)
		return;
	if (m->cur != NULL && d->sb.len > 0) {
		sb_add(m->cur, d->sb.buf, d->sb.len);
		m->sync_line = -1;	/* GNU m4 -s: a #line with the name next */
		if (m->curdiv > 0)
			m->bytes += d->sb.len;
	}
	m->bytes -= d->sb.len;
	strbuf_free(&d->sb);
	if (m->cur == out_buffer(m) && m->outfp && m->cur->len >= FLUSH_AT)
		m4_flush_output(m);
}

void
m4_undivert_all(struct m4 *m)
{
	size_t i;

	for (i = 0; i < m->ndivs; i++)
		m4_undivert(m, m->divs[i].num);
}

void
m4_divert_free(struct m4 *m)
{
	size_t i;

	for (i = 0; i < m->ndivs; i++)
		strbuf_free(&m->divs[i].sb);
	free(m->divs);
	strbuf_free(&m->out0);
}
