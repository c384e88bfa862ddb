/*
 * native.c -- macro bodies run by C functions (see m4.h, "Natives").
 *
 * A client registers a body text and a function.  A definition is
 * compared with the registered bodies the first time it is called after
 * a registration (m4_native_mark, from call_macro; natck holds the
 * registration count it was compared at); a call of a definition whose
 * text is a body asks the function first (m4_native_call).  The
 * function decides from the arguments and the macro table whether it
 * can stand for the body; when it cannot, the body is expanded.
 */
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#include "compiler/m4/m4int.h"

/* Which registered body, if any, is d's text. */
void
m4_native_mark(struct m4 *m, struct m4_def *d)
{
	const struct m4_native *n;

	d->nat = NULL;
	d->natck = m->natgen;
	if (d->bi != NULL)
		return;
	for (n = m->natives; n != NULL; n = n->next)
		if (n->len == d->len && memcmp(n->body, d->text, d->len) == 0) {
			d->nat = n;
			return;
		}
}

void
m4_add_native(struct m4 *m, const char *body, m4_native_fn fn, void *ud)
{
	struct m4_native *n = xcalloc(1, sizeof(*n));

	n->len = strlen(body);
	n->body = xmemdup(body, n->len + 1);
	n->fn = fn;
	n->ud = ud;
	n->next = m->natives;
	m->natives = n;
	m->natgen++;	/* every definition is compared again when called */
}

/* 1 when d's native ran the call c (its text is in c->out). */
int
m4_native_call(struct m4 *m, struct m4_def *d, struct m4_call *c)
{
	struct m4_args a;
	size_t before = c->out->len;
	int i;

	if (m->trace_all || m->anytraced)
		return 0;
	a.argc = c->argc;
	a.argv = c->argv;
	a.argl = c->argl;
	a.macdef = 0;
	for (i = 1; i < c->argc; i++)
		if (c->argfn[i] != NULL)
			a.macdef = 1;
	/* what bi_file and bi_line say for a token of the body */
	a.file = c->loc.file;
	a.line = c->loc.file ? c->loc.line : 0;
	if (!d->nat->fn(m, &a, c->out, d->nat->ud)) {
		c->out->len = before;
		return 0;
	}
	m->native_runs++;
	return 1;
}

unsigned long
m4_native_runs(const struct m4 *m)
{
	return m->native_runs;
}

void
m4_natives_free(struct m4 *m)
{
	struct m4_native *n;

	while ((n = m->natives) != NULL) {
		m->natives = n->next;
		free(n->body);
		free(n);
	}
}

int
m4_quotes_are(const struct m4 *m, const char *lq, const char *rq)
{
	return m->lquote != NULL && m->rquote != NULL &&
	    strcmp(m->lquote, lq) == 0 && strcmp(m->rquote, rq) == 0;
}

static struct m4_def *
top_def(struct m4 *m, const char *name, size_t nlen)
{
	struct m4_sym *s = m4_lookup(m, name, nlen, 0);

	return s != NULL ? s->def : NULL;
}

int
m4_is_defined(struct m4 *m, const char *name, size_t nlen)
{
	return top_def(m, name, nlen) != NULL;
}

const char *
m4_text_of(struct m4 *m, const char *name, size_t nlen, size_t *len)
{
	struct m4_def *d = top_def(m, name, nlen);

	if (d == NULL || d->bi != NULL)
		return NULL;
	*len = d->len;
	return d->text;
}

void
m4_set_text(struct m4 *m, const char *name, size_t nlen, const char *text,
    size_t len)
{
	m4_sym_define(m, m4_lookup(m, name, nlen, 1), text, len, NULL, 0);
}

/* A handle is the symbol itself: symbols live as long as the engine. */
struct m4_name *
m4_name(struct m4 *m, const char *name, size_t nlen)
{
	return (struct m4_name *)m4_lookup(m, name, nlen, 1);
}

const void *
m4_builtin_id(const char *builtin)
{
	return m4_builtin_find(builtin);
}

const void *
m4_name_builtin(const struct m4_name *n)
{
	const struct m4_sym *s = (const struct m4_sym *)n;

	return s->def != NULL ? s->def->bi : NULL;
}

m4_native_fn
m4_name_native(struct m4 *m, const struct m4_name *n)
{
	struct m4_def *d = ((const struct m4_sym *)n)->def;

	if (d == NULL)
		return NULL;
	if (d->natck != m->natgen)
		m4_native_mark(m, d);
	return d->nat != NULL ? d->nat->fn : NULL;
}

int
m4_name_defined(const struct m4_name *n)
{
	return ((const struct m4_sym *)n)->def != NULL;
}

const char *
m4_name_text(const struct m4_name *n, size_t *len)
{
	const struct m4_def *d = ((const struct m4_sym *)n)->def;

	if (d == NULL || d->bi != NULL)
		return NULL;
	*len = d->len;
	return d->text;
}

void
m4_name_set(struct m4 *m, struct m4_name *n, const char *text, size_t len)
{
	m4_sym_define(m, (struct m4_sym *)n, text, len, NULL, 0);
}
