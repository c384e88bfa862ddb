/*
 * builtins.c -- the builtin macros of the m4 engine, in one table.
 *
 * Each builtin gets the collected arguments (struct m4_call) and writes
 * its expansion into call->out, which the expander pushes back to be
 * rescanned.  Argument-count checks, numeric conversion and the
 * warnings follow GNU m4 1.4.19, whose exit status we must reproduce:
 * its non-fatal errors do not fail the run (unless -E), a failed
 * include does.
 *
 * syscmd, esyscmd, maketemp and mkstemp are refused: a configuration
 * compiler runs no programs and creates no files, so its output depends
 * on its input only.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4/m4int.h"

#define ARG(i)	(c->argv[(i)])
#define ARGL(i)	(c->argl[(i)])

/* Quote s with the current quotes into sb. */
void
m4_quoted(struct m4 *m, struct strbuf *sb, const char *s, size_t n)
{
	sb_add(sb, m->lquote, m->lqlen);
	sb_add(sb, s, n);
	sb_add(sb, m->rquote, m->rqlen);
}

/* 1 when there are too few arguments (the builtin then does nothing). */
int
m4_bad_argc(struct m4 *m, struct m4_call *c, int min, int max)
{
	if (min > 0 && c->argc < min) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		return 1;
	}
	if (max > 0 && c->argc > max)
		m4_warn(m, &c->loc, "excess arguments to builtin '%s' ignored",
		    ARG(0));
	return 0;
}

/* Argument i as a number, GNU m4 style; 0 after an error. */
int
m4_numeric_arg(struct m4 *m, struct m4_call *c, int i, long *vp)
{
	const char *s = ARG(i);
	char *end;

	if (*s == '\0') {
		m4_warn(m, &c->loc, "empty string treated as 0 in builtin "
		    "'%s'", ARG(0));
		*vp = 0;
		return 1;
	}
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
	    *s == '\v' || *s == '\f') {
		m4_warn(m, &c->loc, "leading whitespace ignored in builtin "
		    "'%s'", ARG(0));
	}
	errno = 0;
	*vp = strtol(s, &end, 10);
	if (*end != '\0' || end == s) {
		m4_error(m, &c->loc, "non-numeric argument '%s' to builtin "
		    "'%s'", s, ARG(0));
		return 0;
	}
	*vp = (int32_t)(uint32_t)(unsigned long)*vp;
	return 1;
}

static void
out_long(struct m4_call *c, long v)
{
	sb_addnum(c->out, v);
}

static void
bi_define_common(struct m4 *m, struct m4_call *c, int push)
{
	struct m4_sym *s;

	if (c->argfn[1] != NULL) {
		m4_warn(m, &c->loc, "a builtin cannot be used as a macro "
		    "name in '%s'", ARG(0));
		return;
	}
	s = m4_lookup(m, ARG(1), ARGL(1), 1);
	if (c->argc > 2 && c->argfn[2] != NULL)
		m4_sym_define(m, s, NULL, 0, c->argfn[2], push);
	else if (c->argc > 2)
		m4_sym_define(m, s, ARG(2), ARGL(2), NULL, push);
	else
		m4_sym_define(m, s, "", 0, NULL, push);
}

static void
bi_define(struct m4 *m, struct m4_call *c)
{
	bi_define_common(m, c, 0);
}

static void
bi_pushdef(struct m4 *m, struct m4_call *c)
{
	bi_define_common(m, c, 1);
}

static void
bi_undefine(struct m4 *m, struct m4_call *c)
{
	struct m4_sym *s;
	int i;

	for (i = 1; i < c->argc; i++)
		if ((s = m4_lookup(m, ARG(i), ARGL(i), 0)) != NULL)
			m4_sym_undefine(m, s);
}

static void
bi_popdef(struct m4 *m, struct m4_call *c)
{
	struct m4_sym *s;
	int i;

	for (i = 1; i < c->argc; i++)
		if ((s = m4_lookup(m, ARG(i), ARGL(i), 0)) != NULL)
			m4_sym_popdef(m, s);
}

static struct m4_def *
lookup_def(struct m4 *m, struct m4_call *c, int i)
{
	struct m4_sym *s = m4_lookup(m, ARG(i), ARGL(i), 0);

	return s ? s->def : NULL;
}

static void
bi_defn(struct m4 *m, struct m4_call *c)
{
	struct m4_def *d;
	struct m4_frame *fr;
	int i;

	for (i = 1; i < c->argc; i++) {
		if ((d = lookup_def(m, c, i)) == NULL)
			continue;
		if (d->bi == NULL)
			m4_quoted(m, c->out, d->text, d->len);
		else if (c->argc != 2)
			m4_warn(m, &c->loc, "cannot concatenate builtin '%s'",
			    ARG(i));
		else {
			fr = m4_frame_new(m, FR_EXPAND, ARG(0), &c->loc);
			m4_push_macdef(m, d->bi, fr);
			m4_frame_unref(m, fr);
		}
	}
}

static void
bi_ifdef(struct m4 *m, struct m4_call *c)
{
	if (lookup_def(m, c, 1) != NULL)
		sb_add(c->out, ARG(2), ARGL(2));
	else if (c->argc > 3)
		sb_add(c->out, ARG(3), ARGL(3));
}

static void
bi_ifelse(struct m4 *m, struct m4_call *c)
{
	int i, argc = c->argc;

	if (argc == 2)
		return;
	if (argc < 4) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		return;
	}
	if ((argc + 2) % 3 > 1)
		m4_warn(m, &c->loc, "excess arguments to builtin '%s' ignored",
		    ARG(0));
	for (i = 1;; i += 3) {
		if (ARGL(i) == ARGL(i + 1) &&
		    memcmp(ARG(i), ARG(i + 1), ARGL(i)) == 0) {
			sb_add(c->out, ARG(i + 2), ARGL(i + 2));
			return;
		}
		switch (argc - i) {
		case 3:
			return;
		case 4:
		case 5:
			sb_add(c->out, ARG(i + 3), ARGL(i + 3));
			return;
		default:
			break;
		}
	}
}

static void
bi_shift(struct m4 *m, struct m4_call *c)
{
	int i;

	for (i = 2; i < c->argc; i++) {
		if (i > 2)
			sb_addc(c->out, ',');
		m4_quoted(m, c->out, ARG(i), ARGL(i));
	}
}

static void
bi_changequote(struct m4 *m, struct m4_call *c)
{
	m4_set_quotes(m, c->argc >= 2 ? ARG(1) : NULL,
	    c->argc >= 3 ? ARG(2) : NULL);
}

static void
bi_changecom(struct m4 *m, struct m4_call *c)
{
	if (c->argc == 1)
		m4_set_comment(m, "", "");
	else
		m4_set_comment(m, ARG(1), c->argc >= 3 ? ARG(2) : NULL);
}

/* Open a file as include does: as named, then in each -I directory. */
static struct m4_source *
find_file(struct m4 *m, const char *name, int *errp)
{
	struct m4_source *s;
	char *path;
	size_t i;
	int err;

	if ((s = m4_load(m, name, errp)) != NULL || name[0] == '/' ||
	    *errp != ENOENT)
		return s;
	for (i = 0; i < m->nincdirs; i++) {
		path = xasprintf("%s/%s", m->incdirs[i], name);
		s = m4_load(m, path, &err);
		free(path);
		if (s != NULL)
			return s;
	}
	return NULL;
}

static void
include_common(struct m4 *m, struct m4_call *c, int silent)
{
	struct m4_source *s;
	struct m4_frame *fr;
	int err = 0;

	if ((s = find_file(m, ARG(1), &err)) == NULL) {
		if (!silent) {
			m4_error(m, &c->loc, "cannot open '%s': %s", ARG(1),
			    strerror(err));
			m->status = 1;
		}
		return;
	}
	fr = m4_frame_new(m, FR_INCLUDE, NULL, &c->loc);
	m4_push_file(m, s, fr);
	m4_frame_unref(m, fr);
}

static void
bi_include(struct m4 *m, struct m4_call *c)
{
	include_common(m, c, 0);
}

static void
bi_sinclude(struct m4 *m, struct m4_call *c)
{
	include_common(m, c, 1);
}

static void
bi_divert(struct m4 *m, struct m4_call *c)
{
	long n = 0;

	if (c->argc >= 2 && !m4_numeric_arg(m, c, 1, &n))
		return;
	m4_divert(m, (int)n);
}

static void
bi_divnum(struct m4 *m, struct m4_call *c)
{
	out_long(c, m->curdiv);
}

static int
is_number(const char *s)
{
	char *end;

	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
	    *s == '\v' || *s == '\f')
		return 0;
	(void)strtol(s, &end, 10);
	return *end == '\0';
}

static void
bi_undivert(struct m4 *m, struct m4_call *c)
{
	struct m4_source *s;
	int i, err = 0;

	if (c->argc == 1) {
		m4_undivert_all(m);
		return;
	}
	for (i = 1; i < c->argc; i++) {
		if (is_number(ARG(i))) {
			m4_undivert(m, (int)strtol(ARG(i), NULL, 10));
			continue;
		}
		if ((s = find_file(m, ARG(i), &err)) == NULL)
			m4_error(m, &c->loc, "cannot undivert '%s': %s",
			    ARG(i), strerror(err));
		else if (s->len > 0) {
			m4_shipout_raw(m, s->buf, s->len);
			m->sync_line = -1;
		}
	}
}

static void
bi_dnl(struct m4 *m, struct m4_call *c)
{
	if (!m4_skip_line(m))
		m4_warn(m, &c->loc, "end of file treated as newline after "
		    "'dnl'");
}

static void
bi_incr(struct m4 *m, struct m4_call *c)
{
	long v;

	if (m4_numeric_arg(m, c, 1, &v))
		out_long(c, (int32_t)((uint32_t)v + 1));
}

static void
bi_decr(struct m4 *m, struct m4_call *c)
{
	long v;

	if (m4_numeric_arg(m, c, 1, &v))
		out_long(c, (int32_t)((uint32_t)v - 1));
}

static void
bi_eval(struct m4 *m, struct m4_call *c)
{
	long v, radix = 10, width = 1;
	char digits[80];
	unsigned long u;
	int i = 0, neg;

	if (c->argc >= 3 && ARG(2)[0] != '\0' &&
	    !m4_numeric_arg(m, c, 2, &radix))
		return;
	if (radix < 1 || radix > 36) {
		m4_error(m, &c->loc, "radix %ld in builtin '%s' is out of "
		    "range (1 to 36)", radix, ARG(0));
		return;
	}
	if (c->argc >= 4 && !m4_numeric_arg(m, c, 3, &width))
		return;
	if (width < 0) {
		m4_error(m, &c->loc, "negative width to builtin '%s'",
		    ARG(0));
		return;
	}
	if (m4eval_run(m, c, ARG(1), &v) == -1)
		return;
	neg = v < 0;
	u = neg ? (unsigned long)(-(int64_t)v) : (unsigned long)v;
	if (neg)
		sb_addc(c->out, '-');
	if (radix == 1) {
		while (width-- > (long)u)
			sb_addc(c->out, '0');
		while (u-- > 0)
			sb_addc(c->out, '1');
		return;
	}
	do {
		digits[i++] = "0123456789abcdefghijklmnopqrstuvwxyz"[u %
		    (unsigned long)radix];
		u /= (unsigned long)radix;
	} while (u > 0);
	for (; width > i; width--)
		sb_addc(c->out, '0');
	while (i > 0)
		sb_addc(c->out, digits[--i]);
}

/* Diagnostics of eval.y (kept here: bison reserves the m4_ prefix). */
void
eval_diag(struct m4 *m, void *call, int what, const char *expr)
{
	struct m4_call *c = call;

	switch (what) {
	case EVD_EQ:
		m4_warn(m, &c->loc, "use ==, not =, for equality in eval");
		break;
	case EVD_EMPTY:
		m4_warn(m, &c->loc, "empty string treated as 0 in builtin "
		    "'%s'", ARG(0));
		break;
	case EVD_SYNTAX:
		m4_error(m, &c->loc, "bad expression in eval: '%s'", expr);
		break;
	case EVD_BADOP:
		m4_error(m, &c->loc, "invalid operator in eval expression "
		    "'%s'", expr);
		m->status = 1;
		break;
	default:
		m4_error(m, &c->loc, "%s in eval expression '%s'",
		    what == EVD_DIVZERO ? "division by zero" :
		    what == EVD_MODZERO ? "modulo by zero" :
		    "negative exponent", expr);
		break;
	}
}

static void
bi_len(struct m4 *m, struct m4_call *c)
{
	out_long(c, (long)ARGL(1));
}

static void
bi_index(struct m4 *m, struct m4_call *c)
{
	const char *p;

	if (c->argc < 3) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		sb_addc(c->out, '0');
		return;
	}
	p = memmem(ARG(1), ARGL(1), ARG(2), ARGL(2));
	out_long(c, p ? (long)(p - ARG(1)) : -1);
}

static void
bi_substr(struct m4 *m, struct m4_call *c)
{
	long start, n, len = (long)ARGL(1);

	if (c->argc < 3) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		sb_add(c->out, ARG(1), ARGL(1));
		return;
	}
	if (!m4_numeric_arg(m, c, 2, &start))
		return;
	if (c->argc >= 4) {
		if (!m4_numeric_arg(m, c, 3, &n))
			return;
	} else
		n = len;
	if (start < 0 || start >= len || n <= 0)
		return;
	if (n > len - start)
		n = len - start;
	sb_add(c->out, ARG(1) + start, (size_t)n);
}

static void
bi_errprint(struct m4 *m, struct m4_call *c)
{
	FILE *fp = m->errfp ? m->errfp : stderr;
	int i;

	m4_flush_output(m);
	for (i = 1; i < c->argc; i++) {
		if (i > 1)
			fputc(' ', fp);
		fwrite(ARG(i), 1, ARGL(i), fp);
	}
	fflush(fp);
}

static void
bi_m4exit(struct m4 *m, struct m4_call *c)
{
	long v = 0;

	if (c->argc >= 2 && !m4_numeric_arg(m, c, 1, &v))
		v = 1;
	if (v < 0 || v > 255) {
		m4_warn(m, &c->loc, "exit status out of range: '%ld'", v);
		v = 1;
	}
	if (v == 0 && m->status != 0)
		v = m->status;
	m4_stop(m, (int)v);
}

static void
bi_m4wrap(struct m4 *m, struct m4_call *c)
{
	struct m4_wrap *w = xcalloc(1, sizeof(*w));
	struct strbuf sb = STRBUF_INIT;
	int i;

	for (i = 1; i < c->argc; i++) {
		if (i > 1)
			sb_addc(&sb, ' ');
		sb_add(&sb, ARG(i), ARGL(i));
	}
	w->text = strbuf_detach(&sb, &w->len);
	w->frame = m4_frame_new(m, FR_EXPAND, ARG(0), &c->loc);
	w->next = m->wraps;
	m->wraps = w;
}

static void
bi_file(struct m4 *m, struct m4_call *c)
{
	const char *f = c->loc.file ? c->loc.file : m4_cur_file(m);

	m4_quoted(m, c->out, f, strlen(f));
}

static void
bi_line(struct m4 *m, struct m4_call *c)
{
	out_long(c, c->loc.file ? c->loc.line : m4_cur_line(m));
}

static void
bi_program(struct m4 *m, struct m4_call *c)
{
	m4_quoted(m, c->out, "m4", 2);
}

/* Shift a call's arguments by one (for indir and builtin). */
static void
call_shifted(struct m4 *m, struct m4_call *c, const struct m4_builtin *bi)
{
	struct m4_call sub = *c;
	int i;

	sub.argc = c->argc - 1;
	sub.argv = c->argv + 1;
	sub.argl = c->argl + 1;
	sub.argfn = c->argfn + 1;
	if (bi != NULL && !(bi->flags & BI_MACARGS))
		for (i = 1; i < sub.argc; i++)
			sub.argfn[i] = NULL;
	if (bi != NULL) {
		if (m4_bad_argc(m, &sub, bi->min, bi->max))
			return;
		bi->fn(m, &sub);
	}
}

static void expand_text_call(struct m4 *, struct m4_call *,
    const struct m4_def *);

static void
bi_indir(struct m4 *m, struct m4_call *c)
{
	struct m4_def *d;

	if (c->argfn[1] != NULL || (d = lookup_def(m, c, 1)) == NULL) {
		m4_error(m, &c->loc, "undefined macro '%s'", ARG(1));
		return;
	}
	if (d->bi != NULL)
		call_shifted(m, c, d->bi);
	else
		expand_text_call(m, c, d);
}

static void
bi_builtin(struct m4 *m, struct m4_call *c)
{
	const struct m4_builtin *bi;

	bi = c->argfn[1] != NULL ? c->argfn[1] : m4_builtin_find(ARG(1));
	if (bi == NULL) {
		m4_error(m, &c->loc, "undefined builtin '%s'", ARG(1));
		return;
	}
	call_shifted(m, c, bi);
}

static void
bi_dumpdef(struct m4 *m, struct m4_call *c)
{
	FILE *fp = m->errfp ? m->errfp : stderr;
	struct m4_sym **v, *s;
	size_t n, i, k = 0;
	int j;

	m4_flush_output(m);
	if (c->argc == 1)
		v = m4_sym_list(m, &n);
	else {
		v = xcalloc((size_t)c->argc, sizeof(*v));
		for (j = 1; j < c->argc; j++) {
			s = m4_lookup(m, ARG(j), ARGL(j), 0);
			if (s == NULL || s->def == NULL)
				m4_error(m, &c->loc, "undefined macro '%s'",
				    ARG(j));
			else
				v[k++] = s;
		}
		n = k;
		qsort(v, n, sizeof(*v), m4_sym_cmp);
	}
	for (i = 0; i < n; i++) {
		fprintf(fp, "%s:\t", v[i]->name);
		if (v[i]->def->bi != NULL)
			fprintf(fp, "<%s>\n", v[i]->def->bi->name);
		else {
			struct strbuf sb = STRBUF_INIT;

			m4_quoted(m, &sb, v[i]->def->text, v[i]->def->len);
			fwrite(sb.buf, 1, sb.len, fp);
			fputc('\n', fp);
			strbuf_free(&sb);
		}
	}
	fflush(fp);
	free(v);
}

static void
bi_trace(struct m4 *m, struct m4_call *c, int on)
{
	struct m4_sym *s;
	int i;

	if (c->argc == 1) {
		m->trace_all = on;
		return;
	}
	for (i = 1; i < c->argc; i++)
		if ((s = m4_lookup(m, ARG(i), ARGL(i), on)) != NULL)
			s->traced = on;
	if (on)
		m->anytraced = 1;
}

static void
bi_traceon(struct m4 *m, struct m4_call *c)
{
	bi_trace(m, c, 1);
}

static void
bi_traceoff(struct m4 *m, struct m4_call *c)
{
	bi_trace(m, c, 0);
}

static void
bi_sysval(struct m4 *m, struct m4_call *c)
{
	out_long(c, m->sysval);
}

static void
bi_nothing(struct m4 *m, struct m4_call *c)
{
}

static void
bi_refused(struct m4 *m, struct m4_call *c)
{
	m4_error(m, &c->loc, "'%s' is refused: mailcf runs no programs and "
	    "creates no files, so that its output depends on its input "
	    "only", ARG(0));
	m->status = 1;
}

/* Sorted by name: m4_builtin_find() searches it. */
#define B(n, f, lo, hi, fn)	{ n, f, lo, hi, fn }
static const struct m4_builtin builtins[] = {
	B("__file__", 0, 1, 1, bi_file),
	B("__line__", 0, 1, 1, bi_line),
	B("__program__", 0, 1, 1, bi_program),
	B("builtin", BI_BLIND | BI_MACARGS, 2, -1, bi_builtin),
	B("changecom", 0, 1, 3, bi_changecom),
	B("changequote", 0, 1, 3, bi_changequote),
	B("debugfile", 0, 1, 2, bi_nothing),
	B("debugmode", 0, 1, 2, bi_nothing),
	B("decr", BI_BLIND, 2, 2, bi_decr),
	B("define", BI_BLIND | BI_MACARGS, 2, 3, bi_define),
	B("defn", BI_BLIND, 2, -1, bi_defn),
	B("divert", 0, 1, 2, bi_divert),
	B("divnum", 0, 1, 1, bi_divnum),
	B("dnl", 0, 1, 1, bi_dnl),
	B("dumpdef", 0, 1, -1, bi_dumpdef),
	B("errprint", BI_BLIND, 2, -1, bi_errprint),
	B("esyscmd", BI_BLIND, 2, 2, bi_refused),
	B("eval", BI_BLIND, 2, 4, bi_eval),
	B("format", BI_BLIND, 2, -1, bi_format),
	B("ifdef", BI_BLIND, 3, 4, bi_ifdef),
	B("ifelse", BI_BLIND, 0, -1, bi_ifelse),
	B("include", BI_BLIND, 2, 2, bi_include),
	B("incr", BI_BLIND, 2, 2, bi_incr),
	B("index", BI_BLIND, 0, 3, bi_index),
	B("indir", BI_BLIND | BI_MACARGS, 2, -1, bi_indir),
	B("len", BI_BLIND, 2, 2, bi_len),
	B("m4exit", 0, 1, 2, bi_m4exit),
	B("m4wrap", BI_BLIND, 2, -1, bi_m4wrap),
	B("maketemp", BI_BLIND, 2, 2, bi_refused),
	B("mkstemp", BI_BLIND, 2, 2, bi_refused),
	B("patsubst", BI_BLIND, 0, 4, bi_patsubst),
	B("popdef", BI_BLIND, 2, -1, bi_popdef),
	B("pushdef", BI_BLIND | BI_MACARGS, 2, 3, bi_pushdef),
	B("regexp", BI_BLIND, 0, 4, bi_regexp),
	B("shift", BI_BLIND, 2, -1, bi_shift),
	B("sinclude", BI_BLIND, 2, 2, bi_sinclude),
	B("substr", BI_BLIND, 0, 4, bi_substr),
	B("syscmd", BI_BLIND, 2, 2, bi_refused),
	B("sysval", 0, 1, 1, bi_sysval),
	B("traceoff", 0, 1, -1, bi_traceoff),
	B("traceon", 0, 1, -1, bi_traceon),
	B("translit", BI_BLIND, 0, 4, bi_translit),
	B("undefine", BI_BLIND, 2, -1, bi_undefine),
	B("undivert", 0, 1, -1, bi_undivert),
};
#define NBUILTINS (sizeof(builtins) / sizeof(builtins[0]))

/* The table is sorted by name (strcmp order): a binary search. */
const struct m4_builtin *
m4_builtin_find(const char *name)
{
	size_t lo = 0, hi = NBUILTINS, mid;
	int c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(name, builtins[mid].name)) == 0)
			return &builtins[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* indir of a user macro: expand its text with the shifted arguments. */
static void
expand_text_call(struct m4 *m, struct m4_call *c, const struct m4_def *d)
{
	struct m4_call sub = *c;

	sub.argc = c->argc - 1;
	sub.argv = c->argv + 1;
	sub.argl = c->argl + 1;
	sub.argfn = c->argfn + 1;
	m4_expand_user_text(m, &sub, d->text, d->len);
}

void
m4_builtins_init(struct m4 *m)
{
	struct m4_sym *s;
	size_t i;

	for (i = 0; i < NBUILTINS; i++) {
		s = m4_lookup(m, builtins[i].name, strlen(builtins[i].name), 1);
		m4_sym_define(m, s, NULL, 0, &builtins[i], 0);
	}
	s = m4_lookup(m, "__gnu__", 7, 1);
	m4_sym_define(m, s, "", 0, NULL, 0);
	s = m4_lookup(m, "__unix__", 8, 1);
	m4_sym_define(m, s, "", 0, NULL, 0);
}
