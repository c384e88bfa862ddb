/*
 * expand.c -- the expander of the m4 engine: reads tokens, recognizes
 * macro calls, collects their arguments (expanding macros inside them
 * as it goes), calls the macro and pushes the expansion back onto the
 * input to be rescanned.  Nothing is expanded in place.
 *
 * Argument collection recurses (a call inside an argument is expanded
 * while the outer call collects), so the nesting limit bounds the C
 * stack; the storage of each nesting level is kept and reused.  The
 * definition being called is pinned for the duration of the call, so
 * an argument that redefines or undefines the macro does not change the
 * text being expanded (GNU m4 1.4.19 behaves so).
 *
 * Diagnostics are located at the construct (a macro name, a quote) and
 * followed by the expansion and include trail as note: lines.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4/m4int.h"

#define TRAIL_MAX	8

static void
loc_to_diag(const struct m4_loc *loc, struct diag_loc *d)
{
	d->file = loc ? loc->file : NULL;
	d->line = loc ? loc->line : 0;
	d->col = loc ? loc->col : 0;
	d->len = loc && loc->len > 0 ? loc->len : 1;
}

static int
same_frame(const struct m4_frame *a, const struct m4_frame *b)
{
	return a != NULL && b != NULL && a->kind == b->kind &&
	    a->line == b->line && a->col == b->col && !a->elided &&
	    strcmp(a->file, b->file) == 0 &&
	    (a->macro == NULL) == (b->macro == NULL) &&
	    (a->macro == NULL || strcmp(a->macro, b->macro) == 0);
}

/* The note: lines for a frame chain; repeats are counted, not listed. */
void
m4_trail(struct m4 *m, struct m4_frame *f)
{
	struct diag_loc d;
	int n = 0, rep;

	diag_set_caret(0);
	for (; f != NULL; f = f->parent) {
		if (f->file == NULL)
			continue;
		for (rep = 1; same_frame(f, f->parent); rep++)
			f = f->parent;
		d.file = f->file;
		d.line = f->line;
		d.col = f->col;
		d.len = 1;
		if (++n > TRAIL_MAX) {
			d.col = 0;
			diag_note(&d, "(and further expansions)");
			break;
		}
		if (f->kind == FR_EXPAND && rep > 1)
			diag_note(&d, "in the expansion of macro '%s' (%d "
			    "times over)", f->macro, rep);
		else if (f->kind == FR_EXPAND)
			diag_note(&d, "in the expansion of macro '%s'",
			    f->macro);
		else
			diag_note(&d, "in the file included from here");
		if (f->elided) {
			d.col = 0;
			diag_note(&d, "(further expansions left out)");
		}
	}
	diag_set_caret(1);
}

static void
vreport(struct m4 *m, enum diag_severity sev, const struct m4_loc *loc,
    const char *fmt, va_list ap)
{
	struct diag_loc d;
	struct strbuf sb = STRBUF_INIT;

	strbuf_vaddf(&sb, fmt, ap);
	loc_to_diag(loc, &d);
	diag_msg(sev, loc && loc->file ? &d : NULL, "%s", sb.buf);
	strbuf_free(&sb);
	if (loc != NULL)
		m4_trail(m, loc->frame);
}

/* A non-fatal error: like GNU m4, it fails the run only under -E. */
void
m4_error(struct m4 *m, const struct m4_loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(m, DIAG_ERROR, loc, fmt, ap);
	va_end(ap);
	if (m->fatal_warnings)
		m->status = 1;
	if (m->fatal_warnings > 1)
		m4_stop(m, 1);
}

void
m4_warn(struct m4 *m, const struct m4_loc *loc, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(m, DIAG_WARNING, loc, fmt, ap);
	va_end(ap);
	if (m->fatal_warnings)
		m->status = 1;
	if (m->fatal_warnings > 1)
		m4_stop(m, 1);
}

/* A fatal error: reports, then stops the run with status 1. */
void
m4_fatal(struct m4 *m, const struct m4_loc *loc, const struct m4_loc *other,
    const char *othermsg, const char *fmt, ...)
{
	va_list ap;
	struct diag_loc d;

	va_start(ap, fmt);
	vreport(m, DIAG_ERROR, loc, fmt, ap);
	va_end(ap);
	if (other != NULL && other->file != NULL) {
		loc_to_diag(other, &d);
		diag_note(&d, "%s", othermsg);
		m4_trail(m, other->frame);
	}
	m4_stop(m, 1);
}

void
m4_stop(struct m4 *m, int status)
{
	m->status = status;
	m->stopped = 1;
	if (m->injmp)
		longjmp(m->jb, 1);
	abort();
}

static struct m4_level *level_grow(struct m4 *, int);

static inline struct m4_level *
level_get(struct m4 *m, int n)
{
	return n < m->nlevels ? &m->levels[n] : level_grow(m, n);
}

static struct m4_level *
level_grow(struct m4 *m, int n)
{
	if (n >= m->nlevels) {
		int want = n + 16, i;

		m->levels = xreallocarray(m->levels, (size_t)want,
		    sizeof(*m->levels));
		for (i = m->nlevels; i < want; i++)
			memset(&m->levels[i], 0, sizeof(m->levels[i]));
		m->nlevels = want;
	}
	return &m->levels[n];
}

static void
arg_slot(struct m4_level *lv, int argc)
{
	if ((size_t)argc + 1 >= lv->cap) {
		lv->cap = lv->cap ? lv->cap * 2 : 16;
		lv->off = xreallocarray(lv->off, lv->cap, sizeof(*lv->off));
		lv->len = xreallocarray(lv->len, lv->cap, sizeof(*lv->len));
		lv->fn = xreallocarray(lv->fn, lv->cap, sizeof(*lv->fn));
		lv->argv = xreallocarray(lv->argv, lv->cap,
		    sizeof(*lv->argv));
	}
}

static void expand_word(struct m4 *, struct strbuf *);

static int
is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
	    c == '\f' || c == '\r';
}

/* Collect the arguments after '('; returns argc (the name included). */
static int
collect_args(struct m4 *m, int n, const struct m4_loc *open,
    const char *name)
{
	struct m4_token *t = &m->tok;
	int argc = 1, depth;

	for (;;) {
		struct m4_level *lv = level_get(m, n);

		arg_slot(lv, argc);
		lv->off[argc] = lv->args.len;
		lv->fn[argc] = NULL;
		do
			m4_next_token(m, t);
		while (t->type == T_SIMPLE && is_space(t->text.buf[0]));
		depth = 0;
		for (;; m4_next_token(m, t)) {
			lv = level_get(m, n);
			switch (t->type) {
			case T_COMMA:
				if (depth > 0)
					break;
				goto endarg;
			case T_CLOSE:
				if (depth == 0)
					goto endarg;
				depth--;
				break;
			case T_OPEN:
				depth++;
				break;
			case T_EOF:
				m4_fatal(m, &t->loc, open,
				    "the argument list opened here",
				    "end of file inside the argument list "
				    "of '%s'", name);
			case T_MACDEF:
				if (lv->args.len == lv->off[argc] &&
				    lv->fn[argc] == NULL)
					lv->fn[argc] = t->bi;
				continue;
			case T_WORD:
				expand_word(m, &lv->args);
				continue;
			default:
				break;
			}
			sb_add(&lv->args, t->text.buf, t->text.len);
		}
endarg:
		lv->len[argc] = lv->args.len - lv->off[argc];
		sb_addc(&lv->args, '\0');
		argc++;
		if (t->type == T_CLOSE)
			return argc;
	}
}

static void
add_number(struct strbuf *sb, long v)
{
	sb_addnum(sb, v);
}

/* The body of a user macro with $0..$N, $#, $*, $@ substituted. */
void
m4_expand_user_text(struct m4 *m, struct m4_call *c, const char *text,
    size_t len)
{
	const char *p = text, *end = text + len, *dollar;
	struct strbuf *out = c->out;
	int i;

	while (p < end) {
		if ((dollar = memchr(p, '$', (size_t)(end - p))) == NULL) {
			sb_add(out, p, (size_t)(end - p));
			break;
		}
		sb_add(out, p, (size_t)(dollar - p));
		p = dollar + 1;
		if (p == end) {
			sb_addc(out, '$');
			break;
		}
		if (*p >= '0' && *p <= '9') {
			long k = 0;

			while (p < end && *p >= '0' && *p <= '9') {
				if (k < 1000000)
					k = k * 10 + (*p - '0');
				p++;
			}
			if (k < c->argc)
				sb_add(out, c->argv[k], c->argl[k]);
		} else if (*p == '#') {
			add_number(out, c->argc - 1);
			p++;
		} else if (*p == '*' || *p == '@') {
			for (i = 1; i < c->argc; i++) {
				if (i > 1)
					sb_addc(out, ',');
				if (*p == '@')
					m4_quoted(m, out, c->argv[i],
					    c->argl[i]);
				else
					sb_add(out, c->argv[i],
					    c->argl[i]);
			}
			p++;
		} else
			sb_addc(out, '$');
	}
}

static void
call_macro(struct m4 *m, struct m4_def *d, struct m4_call *c)
{
	const struct m4_builtin *bi = d->bi;
	int i;

	if (bi == NULL) {
		if (d->natck != m->natgen)
			m4_native_mark(m, d);
		if (d->nat == NULL || !m4_native_call(m, d, c))
			m4_expand_user_text(m, c, d->text, d->len);
		return;
	}
	if (!(bi->flags & BI_MACARGS))
		for (i = 1; i < c->argc; i++)
			c->argfn[i] = NULL;
	if (m4_bad_argc(m, c, bi->min, bi->max))
		return;
	bi->fn(m, c);
}

static void
trace_call(struct m4 *m, struct m4_call *c)
{
	fprintf(m->errfp ? m->errfp : stderr, "m4trace: -%d- %s\n",
	    m->level, c->argv[0]);
}

/* Bytes of C stack used since run() began (it grows either way). */
static size_t
stack_used(struct m4 *m)
{
	char here;
	uintptr_t a = (uintptr_t)&here, b = (uintptr_t)m->stack_base;

	return a < b ? b - a : a - b;
}

/* Expand a call of the definition d of the word just read. */
static void
expand_macro(struct m4 *m, struct m4_sym *sym, struct m4_def *d)
{
	struct m4_loc loc = m->tok.loc, open;
	struct m4_level *lv;
	struct m4_call c;
	struct m4_frame *fr;
	int n, argc = 1, i;

	n = ++m->level;
	if (m->level > m->nesting_limit)
		m4_fatal(m, &loc, NULL, NULL,
		    "macro nesting deeper than %d levels; use -L N to raise "
		    "the limit", m->nesting_limit);
	if (m->stack_base != NULL && stack_used(m) > m->stack_max)
		m4_fatal(m, &loc, NULL, NULL,
		    "macro nesting of %d levels is too deep for the stack; "
		    "raise it with ulimit -s", m->level);
	if (m->max_calls && ++m->calls > m->max_calls)
		m4_fatal(m, &loc, NULL, NULL,
		    "more than %lu macro calls; the input probably expands "
		    "forever", m->max_calls);
	m4_frame_ref(loc.frame);
	d->pins++;
	lv = level_get(m, n);
	strbuf_reset(&lv->args);
	arg_slot(lv, 0);
	lv->off[0] = 0;
	lv->fn[0] = NULL;
	sb_add(&lv->args, m->tok.text.buf, m->tok.text.len);
	lv->len[0] = lv->args.len;
	sb_addc(&lv->args, '\0');
	if (m4_peek_char(m) == '(') {
		m4_cur_loc(m, &open);
		m4_frame_ref(open.frame);
		(void)m4_next_char(m);
		argc = collect_args(m, n, &open, sym->name);
		m4_frame_unref(m, open.frame);
	}
	lv = level_get(m, n);
	for (i = 0; i < argc; i++)
		lv->argv[i] = lv->args.buf + lv->off[i];
	lv->argv[argc] = NULL;
	c.argc = argc;
	c.argv = lv->argv;
	c.argl = lv->len;
	c.argfn = lv->fn;
	c.loc = loc;
	strbuf_reset(&lv->out);
	c.out = &lv->out;
	if (sym->traced || m->trace_all)
		trace_call(m, &c);
	call_macro(m, d, &c);
	if (c.out->len > 0) {
		fr = m4_frame_new_static(m, FR_EXPAND, sym->name, &loc);
		m4_push_strbuf(m, c.out, fr);
		m4_frame_unref(m, fr);
	}
	m4_def_unpin(m, d);
	m4_frame_unref(m, loc.frame);
	m->level--;
}

/* The word in m->tok: a call, or text for dest (NULL: the output). */
static void
expand_word(struct m4 *m, struct strbuf *dest)
{
	struct m4_token *t = &m->tok;
	struct m4_sym *sym;
	struct m4_def *d;

	sym = m4_lookup(m, t->text.buf, t->text.len, 0);
	if (sym == NULL || (d = sym->def) == NULL ||
	    (d->bi != NULL && (d->bi->flags & BI_BLIND) &&
	    m4_peek_char(m) != '(')) {
		if (dest)
			sb_add(dest, t->text.buf, t->text.len);
		else
			m4_shipout(m, t->text.buf, t->text.len, t->loc.line,
			    t->loc.file);
		return;
	}
	expand_macro(m, sym, d);
}

/* Expand until the input stack is empty. */
void
m4_expand_input(struct m4 *m)
{
	struct m4_token *t = &m->tok;

	for (;;) {
		m4_next_token(m, t);
		switch (t->type) {
		case T_EOF:
			return;
		case T_WORD:
			expand_word(m, NULL);
			break;
		case T_MACDEF:
			break;
		default:
			m4_shipout(m, t->text.buf, t->text.len, t->loc.line,
			    t->loc.file);
			break;
		}
	}
}
