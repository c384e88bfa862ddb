/*
 * engine.c -- the public interface of the m4 engine (compiler/m4.h):
 * creation, options, processing of files and buffers, the end of input
 * (m4wrap text, then the diversions), and release.
 *
 * A fatal error or m4exit longjmps back to m4_process_*(); from then on
 * the engine is stopped and only m4_status() and m4_free() make sense.
 * As with GNU m4, diversions are then discarded.
 */
#include <sys/resource.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4.h"
#include "compiler/m4/m4int.h"

/*
 * The C stack the expander may use: nested calls recurse, and -L can
 * ask for more levels than the stack holds.  Keep 1 MiB in reserve.
 */
static size_t
stack_budget(void)
{
	struct rlimit rl;
	size_t lim = (size_t)8 << 20;

	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
		lim = (size_t)rl.rlim_cur;
	if (lim > ((size_t)256 << 20))
		lim = (size_t)256 << 20;
	return lim > ((size_t)2 << 20) ? lim - ((size_t)1 << 20) : lim / 2;
}

struct m4 *
m4_new(void)
{
	struct m4 *m = xcalloc(1, sizeof(*m));

	m->nesting_limit = M4_DEFAULT_NESTING;
	m->max_calls = M4_DEFAULT_MAX_CALLS;
	m->max_bytes = M4_DEFAULT_MAX_BYTES;
	m->max_pushed = M4_DEFAULT_MAX_TOTAL;
	m->stack_max = stack_budget();
	m4_set_quotes(m, NULL, NULL);
	m4_set_comment(m, NULL, NULL);
	m4_builtins_init(m);
	m4_divert(m, 0);
	m->sync_bol = 1;
	return m;
}

void
m4_free(struct m4 *m)
{
	struct m4_wrap *w;
	int i;

	if (m == NULL)
		return;
	m4_flush_output(m);
	while ((w = m->wraps) != NULL) {
		m->wraps = w->next;
		free(w->text);
		free(w);
	}
	m4_input_free(m);
	m4_symtab_free(m);
	m4_natives_free(m);
	m4_divert_free(m);
	for (i = 0; i < m->nlevels; i++) {
		strbuf_free(&m->levels[i].args);
		strbuf_free(&m->levels[i].out);
		free(m->levels[i].off);
		free(m->levels[i].len);
		free(m->levels[i].fn);
		free(m->levels[i].argv);
	}
	free(m->levels);
	free(m);
}

void
m4_add_include_dir(struct m4 *m, const char *dir)
{
	m->incdirs = xreallocarray(m->incdirs, m->nincdirs + 1,
	    sizeof(*m->incdirs));
	m->incdirs[m->nincdirs++] = xstrdup(dir);
}

void
m4_define(struct m4 *m, const char *name, const char *value)
{
	struct m4_sym *s = m4_lookup(m, name, strlen(name), 1);

	if (value == NULL)
		value = "";
	m4_sym_define(m, s, value, strlen(value), NULL, 0);
}

void
m4_undefine(struct m4 *m, const char *name)
{
	struct m4_sym *s = m4_lookup(m, name, strlen(name), 0);

	if (s != NULL)
		m4_sym_undefine(m, s);
}

void
m4_set_sync_lines(struct m4 *m, int on)
{
	m->synclines = on;
}

void
m4_set_fatal_warnings(struct m4 *m, int n)
{
	m->fatal_warnings = n;
}

void
m4_set_nesting_limit(struct m4 *m, int n)
{
	m->nesting_limit = n > 0 ? n : M4_DEFAULT_NESTING;
}

void
m4_set_max_calls(struct m4 *m, unsigned long n)
{
	m->max_calls = n;
}

void
m4_set_max_bytes(struct m4 *m, size_t n)
{
	m->max_bytes = n;
}

void
m4_set_max_total(struct m4 *m, size_t n)
{
	m->max_pushed = n;
}

void
m4_set_output_file(struct m4 *m, FILE *fp)
{
	m->outfp = fp;
	m->outsb = NULL;
	if (m->curdiv == 0)
		m4_divert(m, 0);
}

void
m4_set_output_buffer(struct m4 *m, struct strbuf *sb)
{
	m->outsb = sb;
	m->outfp = NULL;
	if (m->curdiv == 0)
		m4_divert(m, 0);
}

void
m4_set_errprint_file(struct m4 *m, FILE *fp)
{
	m->errfp = fp;
}

int
m4_status(const struct m4 *m)
{
	return m->status;
}

/* Expand what is on the input stack; -1 when the run stopped. */
static int
run(struct m4 *m)
{
	char base;

	if (m->stopped)
		return -1;
	m->stack_base = &base;
	m->injmp = 1;
	if (setjmp(m->jb) != 0) {
		m->injmp = 0;
		m->level = 0;
		while (m->top != NULL) {
			/* drop the input; frames and blocks are recycled */
			struct m4_block *b = m->top;

			m->top = b->next;
			m4_frame_unref(m, b->frame);
			b->frame = NULL;
			b->next = m->freeblocks;
			m->freeblocks = b;
		}
		return -1;
	}
	m4_expand_input(m);
	m->injmp = 0;
	return 0;
}

int
m4_process_file(struct m4 *m, const char *path)
{
	struct m4_source *s;
	int err = 0;

	if (m->stopped)
		return -1;
	if ((s = m4_load(m, path, &err)) == NULL) {
		diag_error(NULL, "cannot open '%s': %s", path, strerror(err));
		m->status = 1;
		return 0;
	}
	m4_push_file(m, s, NULL);
	return run(m);
}

int
m4_process_buffer(struct m4 *m, const char *name, const char *buf,
    size_t len)
{
	struct m4_source *s;

	if (m->stopped)
		return -1;
	s = xcalloc(1, sizeof(*s));
	s->name = xstrdup(name);
	s->buf = xmalloc(len + 1);
	memcpy(s->buf, buf, len);
	s->buf[len] = '\0';
	s->len = len;
	if (memchr(buf, '\0', len) != NULL)
		m->maynul = 1;
	s->next = m->sources;
	m->sources = s;
	m4_push_file(m, s, NULL);
	return run(m);
}

/* End of input: m4wrap text (last registered first), then diversions. */
int
m4_finish(struct m4 *m)
{
	struct m4_wrap *list, *w;

	while (!m->stopped && m->wraps != NULL) {
		list = m->wraps;
		m->wraps = NULL;
		/* push the oldest first, so the newest is read first */
		{
			struct m4_wrap *rev = NULL;

			while ((w = list) != NULL) {
				list = w->next;
				w->next = rev;
				rev = w;
			}
			list = rev;
		}
		while ((w = list) != NULL) {
			list = w->next;
			m4_push_string(m, w->text, w->len, w->frame);
			m4_frame_unref(m, w->frame);
			free(w->text);
			free(w);
		}
		if (run(m) == -1)
			break;
	}
	if (!m->stopped) {
		m4_divert(m, 0);
		m4_undivert_all(m);
	}
	m4_flush_output(m);
	return m->status;
}
