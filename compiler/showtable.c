/*
 * showtable.c -- the one printer of a model, for both forms of
 * `mailcf show':
 *
 *   - canonical IR (`mailcf show FILE.cft | FILE.mc | FILE.cf`,
 *     docs/ir.md): V; the directives in .mc order; O, D, C/F, K, M, H,
 *     P, T, Q, X, E; then the rulesets the configuration carries itself,
 *     S and R lines with their comments; a "@loc FILE LINE" line before
 *     each statement whose .mc location differs from the previous one's.
 *     The same printer runs on a model compiled from a .mc and on one
 *     read back from its table, so `show host.cft` and `show host.mc`
 *     print the same text.
 *   - sendmail.cf declarations (`mailcf show --cf FILE`): no @loc, the
 *     directives of an IR input after the E lines, rulesets only with
 *     --rules and without comments (as sendmail -bt's =S prints them).
 *
 * Canonical spelling (see mailcf(8)):
 *   - one statement per line, except that H values keep their newlines
 *     (printed as sendmail.cf continuation lines), and a directive value
 *     spanning lines continues after a TAB;
 *   - options by their long name as in sendmail's table, "O Name=value"
 *     (old one-letter forms and abbreviations are spelled out);
 *   - C and T words separated by one blank, the first one right after
 *     the class name ("CO@ % !"); F as "Fc[-o ]file[ format]";
 *   - M, Q and X fields as "Key=value" separated by ", ";
 *   - K arguments separated by one blank; H as "H[?cond?]Name: value".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "compiler/cftio.h"
#include "compiler/model.h"

struct printer {
	FILE		*fp;
	unsigned	 flags;		/* MODEL_PRINT_* */
	const char	*file;		/* the last @loc printed */
	int		 line;
};

static void
at(struct printer *p, const struct diag_loc *l)
{
	if (!(p->flags & MODEL_PRINT_IR) || l->file == NULL)
		return;
	if (p->file != NULL && strcmp(p->file, l->file) == 0 &&
	    p->line == l->line)
		return;
	fprintf(p->fp, "@loc\t%s\t%d\n", l->file, l->line);
	p->file = l->file;
	p->line = l->line;
}

static void
name(FILE *fp, const char *n)
{
	if (strlen(n) == 1)
		fputs(n, fp);
	else
		fprintf(fp, "{%s}", n);
}

static void
fielded(struct printer *p, int kind, const struct model_mailer *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		at(p, &v[i].loc);
		fprintf(p->fp, "%c%s", kind, v[i].name);
		for (j = 0; j < v[i].nfields; j++)
			fprintf(p->fp, ", %s=%s", v[i].fields[j].key,
			    v[i].fields[j].value);
		fputc('\n', p->fp);
	}
}

/* d names the same FEATURE or MAILER, arguments and all, as e. */
static int
same_directive(const struct model_directive *d,
    const struct model_directive *e)
{
	size_t j;

	if (strcmp(d->keyword, e->keyword) != 0 || d->nargs != e->nargs)
		return 0;
	for (j = 0; j < d->nargs; j++)
		if (strcmp(d->args[j], e->args[j]) != 0)
			return 0;
	return 1;
}

/*
 * The directives the model keeps (not @loc, @section, @endsection).  A
 * FEATURE or MAILER asked for again with the same arguments (a .mc's
 * FEATURE(`local_procmail') after an OSTYPE that calls it) changes
 * nothing: it is shown once, where it was first asked for.
 */
static void
directives(struct printer *p, const struct model *m)
{
	size_t i, j, k;

	for (i = 0; i < m->ndirectives; i++) {
		const struct model_directive *d = &m->directives[i];

		if (strcmp(d->keyword, "section") == 0 ||
		    strcmp(d->keyword, "endsection") == 0)
			continue;
		if (strcmp(d->keyword, "feature") == 0 ||
		    strcmp(d->keyword, "mailer") == 0) {
			for (k = 0; k < i; k++)
				if (same_directive(d, &m->directives[k]))
					break;
			if (k < i)
				continue;
		}
		at(p, &d->loc);
		fprintf(p->fp, "@%s", d->keyword);
		for (j = 0; j < d->nargs; j++) {
			const char *a = d->args[j];

			/* a value spanning lines continues after a TAB */
			fputc('\t', p->fp);
			for (; *a != '\0'; a++) {
				fputc(*a, p->fp);
				if (*a == '\n' && a[1] != '\t')
					fputc('\t', p->fp);
			}
		}
		fputc('\n', p->fp);
	}
}

static void
declarations(struct printer *p, const struct model *m)
{
	FILE *fp = p->fp;
	size_t i, j;

	for (i = 0; i < m->noptions; i++) {
		const struct model_option *o = &m->options[i];

		at(p, &o->loc);
		fprintf(fp, "O %s%s%s", o->def->name, o->sub ? "." : "",
		    o->sub ? o->sub : "");
		if (o->bare)
			fputc('\n', fp);
		else
			fprintf(fp, "=%s\n", o->raw);
	}
	for (i = 0; i < m->nmacros; i++) {
		at(p, &m->macros[i].loc);
		fputc('D', fp);
		name(fp, m->macros[i].name);
		fprintf(fp, "%s\n", m->macros[i].raw);
	}
	for (i = 0; i < m->nclasses; i++) {
		const struct model_classdecl *c = &m->classes[i];

		at(p, &c->loc);
		fputc(c->kind == CLASS_WORDS ? 'C' : 'F', fp);
		name(fp, c->name);
		if (c->kind == CLASS_WORDS) {
			for (j = 0; j < c->nwords; j++)
				fprintf(fp, "%s%s", j ? " " : "", c->words[j]);
		} else
			fprintf(fp, "%s%s%s%s", c->optional ? "-o " : "",
			    c->file, c->format ? " " : "",
			    c->format ? c->format : "");
		fputc('\n', fp);
	}
	for (i = 0; i < m->nmaps; i++) {
		at(p, &m->maps[i].loc);
		fprintf(fp, "K%s %s", m->maps[i].name, m->maps[i].mclass);
		for (j = 0; j < m->maps[i].nargs; j++)
			fprintf(fp, " %s", m->maps[i].args[j]);
		fputc('\n', fp);
	}
	fielded(p, 'M', m->mailers, m->nmailers);
	for (i = 0; i < m->nheaders; i++) {
		const struct model_header *h = &m->headers[i];

		at(p, &h->loc);
		fputc('H', fp);
		if (h->cond != NULL)
			fprintf(fp, "?%s?", h->cond);
		fprintf(fp, "%s: %s\n", h->name, h->value);
	}
	for (i = 0; i < m->nprecs; i++) {
		at(p, &m->precs[i].loc);
		fprintf(fp, "P%s=%d\n", m->precs[i].name, m->precs[i].value);
	}
	for (i = 0; i < m->ntrusted; i++) {
		at(p, &m->trusted[i].loc);
		fputc('T', fp);
		for (j = 0; j < m->trusted[i].nusers; j++)
			fprintf(fp, "%s%s", j ? " " : "",
			    m->trusted[i].users[j]);
		fputc('\n', fp);
	}
	fielded(p, 'Q', m->qgroups, m->nqgroups);
	fielded(p, 'X', m->milters, m->nmilters);
	for (i = 0; i < m->nenvs; i++) {
		at(p, &m->envs[i].loc);
		fprintf(fp, "E%s%s%s\n", m->envs[i].name,
		    m->envs[i].value ? "=" : "",
		    m->envs[i].value ? m->envs[i].value : "");
	}
}

/* Every ruleset as "S" + name[=number], then its rules: "R" + the LHS
   tokens, a TAB, the RHS tokens (and a TAB and the comment in the IR). */
static void
rulesets(struct printer *p, const struct model *m)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, j;

	for (i = 0; i < m->nrulesets; i++) {
		const struct model_ruleset *rs = &m->rulesets[i];

		at(p, &rs->loc);
		if (rs->number >= 0 && rs->name[0] != '\0' &&
		    (rs->name[0] < '0' || rs->name[0] > '9'))
			fprintf(p->fp, "S%s=%d\n", rs->name, rs->number);
		else
			fprintf(p->fp, "S%s\n", rs->name);
		for (j = 0; j < rs->nrules; j++) {
			const struct model_rule *r = &rs->rules[j];

			at(p, &r->loc);
			strbuf_reset(&sb);
			model_format_tokens(&sb, r->lhs, r->nlhs);
			strbuf_adds(&sb, "\t");
			model_format_tokens(&sb, r->rhs, r->nrhs);
			if (r->comment != NULL && (p->flags & MODEL_PRINT_IR))
				strbuf_addf(&sb, "\t%s", r->comment);
			fprintf(p->fp, "R%s\n", strbuf_str(&sb));
		}
	}
	strbuf_free(&sb);
}

void
model_print(FILE *fp, const struct model *m, unsigned flags)
{
	struct printer p;

	memset(&p, 0, sizeof(p));
	p.fp = fp;
	p.flags = flags;
	if (m->version > 0 || m->vendor != NULL) {
		at(&p, &m->version_loc);
		fprintf(fp, "V%d%s%s\n", m->version, m->vendor ? "/" : "",
		    m->vendor ? m->vendor : "");
	}
	if (flags & MODEL_PRINT_IR)
		directives(&p, m);
	declarations(&p, m);
	if (!(flags & MODEL_PRINT_IR))
		directives(&p, m);
	if (flags & (MODEL_PRINT_IR | MODEL_PRINT_RULES))
		rulesets(&p, m);
}

void
model_print_ir(FILE *fp, const struct model *m)
{
	model_print(fp, m, MODEL_PRINT_IR);
}
