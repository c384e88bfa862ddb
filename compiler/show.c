/*
 * show.c -- `mailcf show --cf FILE`: parse a sendmail.cf (or IR) file into
 * the model and print its declarations back in sendmail.cf syntax.
 *
 * Rulesets are left out unless --rules is given.  The order is fixed by
 * kind (V, O, D, C and F, K, M, H, P, T, Q, X, E, then the @ directives
 * of an IR input), and within a kind it is the order of
 * the input, so every declaration line of the input has exactly one
 * output line.  Canonical spelling (see mailcf(8)):
 *   - one statement per line, except that H values keep their newlines
 *     (printed as sendmail.cf continuation lines);
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
#include <sysexits.h>

#include "diag.h"
#include "strbuf.h"
#include "compiler/cf.h"
#include "compiler/cftio.h"
#include "compiler/commands.h"
#include "compiler/model.h"

static void
print_name(FILE *fp, const char *name)
{
	if (strlen(name) == 1)
		fputs(name, fp);
	else
		fprintf(fp, "{%s}", name);
}

static void
print_fielded(FILE *fp, int kind, const struct model_mailer *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		fprintf(fp, "%c%s", kind, v[i].name);
		for (j = 0; j < v[i].nfields; j++)
			fprintf(fp, ", %s=%s", v[i].fields[j].key,
			    v[i].fields[j].value);
		fputc('\n', fp);
	}
}

static void
print_options(FILE *fp, const struct model *m)
{
	size_t i;

	for (i = 0; i < m->noptions; i++) {
		const struct model_option *o = &m->options[i];

		fprintf(fp, "O %s%s%s", o->def->name, o->sub ? "." : "",
		    o->sub ? o->sub : "");
		if (o->bare)
			fputc('\n', fp);
		else
			fprintf(fp, "=%s\n", o->raw);
	}
}

static void
print_classes(FILE *fp, const struct model *m)
{
	size_t i, j;

	for (i = 0; i < m->nclasses; i++) {
		const struct model_classdecl *c = &m->classes[i];

		fputc(c->kind == CLASS_WORDS ? 'C' : 'F', fp);
		print_name(fp, c->name);
		if (c->kind == CLASS_WORDS) {
			for (j = 0; j < c->nwords; j++)
				fprintf(fp, "%s%s", j ? " " : "", c->words[j]);
		} else
			fprintf(fp, "%s%s%s%s", c->optional ? "-o " : "",
			    c->file, c->format ? " " : "",
			    c->format ? c->format : "");
		fputc('\n', fp);
	}
}

/* Print the declarations of m (everything but rulesets). */
static void
show_model(FILE *fp, const struct model *m)
{
	size_t i, j;

	if (m->version > 0 || m->vendor != NULL)
		fprintf(fp, "V%d%s%s\n", m->version, m->vendor ? "/" : "",
		    m->vendor ? m->vendor : "");
	print_options(fp, m);
	for (i = 0; i < m->nmacros; i++) {
		fputc('D', fp);
		print_name(fp, m->macros[i].name);
		fprintf(fp, "%s\n", m->macros[i].raw);
	}
	print_classes(fp, m);
	for (i = 0; i < m->nmaps; i++) {
		fprintf(fp, "K%s %s", m->maps[i].name, m->maps[i].mclass);
		for (j = 0; j < m->maps[i].nargs; j++)
			fprintf(fp, " %s", m->maps[i].args[j]);
		fputc('\n', fp);
	}
	print_fielded(fp, 'M', m->mailers, m->nmailers);
	for (i = 0; i < m->nheaders; i++) {
		const struct model_header *h = &m->headers[i];

		fputc('H', fp);
		if (h->cond != NULL)
			fprintf(fp, "?%s?", h->cond);
		fprintf(fp, "%s: %s\n", h->name, h->value);
	}
	for (i = 0; i < m->nprecs; i++)
		fprintf(fp, "P%s=%d\n", m->precs[i].name, m->precs[i].value);
	for (i = 0; i < m->ntrusted; i++) {
		fputc('T', fp);
		for (j = 0; j < m->trusted[i].nusers; j++)
			fprintf(fp, "%s%s", j ? " " : "",
			    m->trusted[i].users[j]);
		fputc('\n', fp);
	}
	print_fielded(fp, 'Q', m->qgroups, m->nqgroups);
	print_fielded(fp, 'X', m->milters, m->nmilters);
	for (i = 0; i < m->nenvs; i++)
		fprintf(fp, "E%s%s%s\n", m->envs[i].name,
		    m->envs[i].value ? "=" : "",
		    m->envs[i].value ? m->envs[i].value : "");
	/* IR input: the directives the model keeps (not @loc, @section) */
	for (i = 0; i < m->ndirectives; i++) {
		const struct model_directive *d = &m->directives[i];

		if (strcmp(d->keyword, "section") == 0 ||
		    strcmp(d->keyword, "endsection") == 0)
			continue;
		fprintf(fp, "@%s", d->keyword);
		for (j = 0; j < d->nargs; j++)
			fprintf(fp, "\t%s", d->args[j]);
		fputc('\n', fp);
	}
}

/*
 * With --rules: every ruleset as "S" + name[=number], then its rules in
 * the form sendmail -bt prints them with =S: "R" + the LHS tokens each
 * followed by a blank, a TAB, the RHS tokens likewise.  Comments go.
 */
static void
show_rules(FILE *fp, const struct model *m)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, j;

	for (i = 0; i < m->nrulesets; i++) {
		const struct model_ruleset *rs = &m->rulesets[i];

		if (rs->number >= 0 && strcmp(rs->name, "") != 0 &&
		    (rs->name[0] < '0' || rs->name[0] > '9'))
			fprintf(fp, "S%s=%d\n", rs->name, rs->number);
		else
			fprintf(fp, "S%s\n", rs->name);
		for (j = 0; j < rs->nrules; j++) {
			strbuf_reset(&sb);
			model_format_tokens(&sb, rs->rules[j].lhs,
			    rs->rules[j].nlhs);
			strbuf_adds(&sb, "\t");
			model_format_tokens(&sb, rs->rules[j].rhs,
			    rs->rules[j].nrhs);
			fprintf(fp, "R%s\n", strbuf_str(&sb));
		}
	}
	strbuf_free(&sb);
}

/* With --macros: each macro's value in force at the end, as sendmail
   holds it (quotes and backslashes processed): NAME<TAB>VALUE, with
   newline, CR, TAB, backspace, form feed and backslash written \n \r
   \t \b \f \\. */
static void
show_macros(FILE *fp, const struct model *m)
{
	size_t i, j;

	for (i = 0; i < m->nmacros; i++) {
		for (j = i + 1; j < m->nmacros; j++)
			if (strcmp(m->macros[j].name, m->macros[i].name) == 0)
				break;
		if (j == m->nmacros) {
			const char *v = model_macro(m, m->macros[i].name);

			fprintf(fp, "%s\t", m->macros[i].name);
			for (; *v != '\0'; v++) {
				const char *esc = strchr("\n\r\t\b\f", *v);

				if (esc != NULL)
					fprintf(fp, "\\%c",
					    "nrtbf"[esc - "\n\r\t\b\f"]);
				else if (*v == '\\')
					fputs("\\\\", fp);
				else
					fputc(*v, fp);
			}
			fputc('\n', fp);
		}
	}
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf show [--rules | --macros] --cf FILE\n"
	    "       mailcf show FILE.cft | FILE.mc | FILE.cf   (canonical IR)\n"
	    "\n"
	    "Parse a sendmail.cf (or mailcf IR) file and print its "
	    "declarations\n"
	    "(V, O, D, C, F, K, M, H, P, T, Q, X and E lines) in canonical "
	    "sendmail.cf\n"
	    "syntax; rulesets are left out.  Every error is reported as\n"
	    "FILE:LINE:COL; the exit status is 0, or 65 (EX_DATAERR) after "
	    "errors.\n"
	    "\n"
	    "Options:\n"
	    "  --cf FILE   the sendmail.cf, IR, .mc or .cft file to read ('-' for stdin "
	    "is not\n"
	    "              supported)\n"
	    "  --rules     print the rulesets too, each rule as sendmail -bt's "
	    "=S prints\n"
	    "              it (tokens separated by blanks, no comment)\n"
	    "  --macros    print only the macros, NAME<TAB>VALUE, with the value "
	    "in force\n"
	    "              at the end as sendmail reads it (quotes removed, "
	    "\\ escapes;\n"
	    "              newline, CR, TAB, BS, FF, \\ written \\n \\r "
	    "\\t \\b \\f \\\\)\n"
	    "  -h, --help  this text\n");
}

int
show_main(int argc, char **argv)
{
	const char *file = NULL;
	struct model *m;
	int i, rc, rules = 0, macros = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EX_OK;
		}
		if (strcmp(argv[i], "--rules") == 0)
			rules = 1;
		else if (strcmp(argv[i], "--macros") == 0)
			macros = 1;
		else if (strcmp(argv[i], "--cf") == 0 && i + 1 < argc)
			file = argv[++i];
		else if (strncmp(argv[i], "--cf=", 5) == 0)
			file = argv[i] + 5;
		else if (argc == 2 && argv[i][0] != '-')
			return show_ir_main(argc, argv);	/* showtable.c */
		else {
			fprintf(stderr, "mailcf show: unexpected argument "
			    "'%s'\n", argv[i]);
			usage(stderr);
			return EX_USAGE;
		}
	}
	if (file == NULL) {
		usage(stderr);
		return EX_USAGE;
	}
	/* a binary file would give one error per line: stop at 50 */
	diag_set_error_limit(50);
	m = model_new();
	rc = model_load_any(m, file, NULL);	/* .cft, .mc or a cf */
	if (rc == 0 && macros)
		show_macros(stdout, m);
	else if (rc == 0) {
		show_model(stdout, m);
		if (rules)
			show_rules(stdout, m);
	}
	diag_forget_sources();
	model_free(m);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "mailcf show: write error\n");
		return EX_IOERR;
	}
	if (rc == -2)
		return EX_NOINPUT;
	if (rc != 0)
		return EX_DATAERR;
	return EX_OK;
}
