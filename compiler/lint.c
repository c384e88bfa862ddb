/*
 * lint.c -- `mailcf lint`: compile a .mc (m4 engine + cf-templates ->
 * IR -> config model), then run the rules of lintrules.c over
 *   - the .mc text itself (m4 leftovers, ordering: a small scanner that
 *     finds the top-level macro calls with their arguments),
 *   - the model (features, options, classes, maps, the cf kit's own
 *     @error/@warning lines),
 *   - the map sources the model references, read through maps/ (access,
 *     virtusertable, mailertable, authinfo, aliases, class files), and
 *     their compiled .lmdb files (staleness: mtime and recorded digest),
 *   - the policy (R001): the model is handed to the policy engine and
 *     every class of unauthenticated outside client the access map and
 *     the relay classes distinguish is tried against a recipient outside
 *     every local, virtual and relayed domain.
 *
 * Findings are collected, sorted by file and line, and printed as text or
 * JSON; the exit status is 0 clean, 1 warnings only, 2 errors.
 *
 * XXX the private compile (lint_compile) stands in for the pipeline's
 * `mailcf build` front end until that lands in main.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/cf.h"
#include "compiler/lint.h"
#include "compiler/lintint.h"
#include "compiler/m4.h"
#include "compiler/model.h"
#include "maps/aliases.h"
#include "maps/lmdbmap.h"
#include "maps/mapsrc.h"
#include "maps/maputil.h"
#include "runtime/cfload.h"
#include "runtime/policy.h"

/* --- findings ---------------------------------------------------------- */

void
lint_add(struct lint *l, const char *id, const char *file, int line, int col,
    int len, const char *fmt, ...)
{
	const struct lint_rule *r = lint_rule(id);
	struct lint_finding *f;
	va_list ap;
	char buf[1024];
	size_t i;

	if (r == NULL)
		abort();
	for (i = 0; i < l->nrules; i++)
		if (strcmp(l->ruleids[i], r->id) == 0)
			break;
	if (i < l->nrules ? !l->ruleon[i] : !r->on)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	for (i = 0; i < l->nfind; i++) {	/* one finding per place */
		f = &l->find[i];
		if (f->rule == r && f->line == line && strcmp(f->msg, buf) == 0 &&
		    strcmp(f->file ? f->file : "", file ? file : "") == 0)
			return;
	}
	l->find = xreallocarray(l->find, l->nfind + 1, sizeof(*l->find));
	f = &l->find[l->nfind++];
	f->rule = r;
	f->sev = r->sev;
	if (l->werror && f->sev == LINT_WARNING)
		f->sev = LINT_ERROR;
	f->file = xstrdup(file ? file : "");
	f->line = line;
	f->col = col;
	f->len = len;
	f->msg = xstrdup(buf);
	f->seq = l->nfind;
}

static int
find_cmp(const void *a, const void *b)
{
	const struct lint_finding *x = a, *y = b;
	int c;

	if ((c = strcmp(x->file, y->file)) != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	if ((c = strcmp(x->rule->id, y->rule->id)) != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static const char *
sev_name(enum lint_sev s)
{
	return s == LINT_ERROR ? "error" : s == LINT_WARNING ? "warning" :
	    "info";
}

static void
json_str(FILE *fp, const char *s)
{
	putc('"', fp);
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c == '\t')
			fputs("\\t", fp);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			putc(c, fp);
	}
	putc('"', fp);
}

static void
print_json(const struct lint *l, FILE *fp)
{
	size_t i;

	fputs("[", fp);
	for (i = 0; i < l->nfind; i++) {
		const struct lint_finding *f = &l->find[i];

		fputs(i ? ",\n {" : "\n {", fp);
		fputs("\"id\": ", fp);
		json_str(fp, f->rule->id);
		fputs(", \"severity\": ", fp);
		json_str(fp, sev_name(f->sev));
		fputs(", \"file\": ", fp);
		json_str(fp, f->file);
		fprintf(fp, ", \"line\": %d, \"column\": %d, \"message\": ",
		    f->line, f->col);
		json_str(fp, f->msg);
		fputs(", \"hint\": ", fp);
		json_str(fp, f->rule->hint);
		fputs("}", fp);
	}
	fputs(l->nfind ? "\n]\n" : "]\n", fp);
}

static void
print_text(const struct lint *l, FILE *fp)
{
	size_t i;
	struct diag_loc loc;

	diag_set_stream(fp);
	for (i = 0; i < l->nfind; i++) {
		const struct lint_finding *f = &l->find[i];

		loc.file = f->file[0] ? f->file : NULL;
		loc.line = f->line;
		loc.col = f->line > 0 ? f->col : 0;
		loc.len = f->len > 0 ? f->len : 1;
		diag_msg(f->sev == LINT_ERROR ? DIAG_ERROR :
		    f->sev == LINT_WARNING ? DIAG_WARNING : DIAG_NOTE, &loc,
		    "%s [%s]", f->msg, f->rule->id);
		fprintf(fp, "      = hint: %s\n", f->rule->hint);
	}
	diag_set_stream(stderr);
}

/* --- the .mc text ---------------------------------------------------- */

/* Line text of the .mc (borrowed from l->mctext), without the newline. */
static const char *
mc_line(const struct lint *l, int line, size_t *len)
{
	const char *p = l->mctext, *e;
	int n = 1;

	if (p == NULL || line < 1)
		return NULL;
	while (n < line && (p = strchr(p, '\n')) != NULL) {
		p++;
		n++;
	}
	if (p == NULL)
		return NULL;
	e = strchr(p, '\n');
	*len = e ? (size_t)(e - p) : strlen(p);
	return p;
}

/* Column of needle on an .mc line (1-based), 1 when absent. */
int
lint_mc_col(const struct lint *l, int line, const char *needle, int *len)
{
	size_t n;
	const char *p = mc_line(l, line, &n), *q;

	*len = needle ? (int)strlen(needle) : 1;
	if (p == NULL || needle == NULL)
		return 1;
	for (q = p; q + *len <= p + n; q++)
		if (strncmp(q, needle, *len) == 0)
			return (int)(q - p) + 1;
	*len = 1;
	return 1;
}

static void
calls_free(struct lint *l)
{
	size_t i, j;

	for (i = 0; i < l->ncalls; i++) {
		for (j = 0; j < l->calls[i].nargs; j++)
			free(l->calls[i].args[j]);
		free(l->calls[i].args);
		free(l->calls[i].name);
	}
	free(l->calls);
}

static int
is_id0(int c)
{
	return isalpha(c) || c == '_';
}

static int
is_id(int c)
{
	return isalnum(c) || c == '_';
}

static const char *const comment_words[] = {
	"FEATURE", "define", "undefine", "MAILER", "DAEMON_OPTIONS", "OSTYPE",
	"DOMAIN", "HACK", "include", "MASQUERADE_AS", "SMART_HOST",
	"INPUT_MAIL_FILTER", "LOCAL_CONFIG", "VERSIONID", NULL
};

/*
 * Scan the .mc as m4 would see it after cf.m4 (no # comments): quotes
 * nest, dnl eats the rest of the line, a name followed by '(' outside
 * quotes is a call whose arguments run to the matching ')'.  Only
 * top-level calls are recorded.  Rules M001-M003, M005-M007 are checked
 * on the way.
 */
void
lint_scan_mc(struct lint *l)
{
	const char *s = l->mctext, *p;
	int line = 1, col = 1, depth = 0, qline = 0, qcol = 0;
	int hashline = 0, linestart = 1;
	struct lint_call *c = NULL;
	int pdepth = 0;
	struct strbuf arg = STRBUF_INIT;
	size_t n = l->mclen, i;

	for (i = 0; i < n;) {
		int ch = (unsigned char)s[i];

		if (linestart) {
			size_t k = i;

			while (k < n && (s[k] == ' ' || s[k] == '\t'))
				k++;
			hashline = (k < n && s[k] == '#' && depth == 0);
			linestart = 0;
		}
		if (ch == '`') {
			if (depth == 0) {
				qline = line;
				qcol = col;
			}
			if (depth > 0 && c != NULL)
				strbuf_addc(&arg, ch);
			depth++;
			goto next;
		}
		if (ch == '\'' && depth > 0) {
			depth--;
			if (depth > 0 && c != NULL)
				strbuf_addc(&arg, ch);
			if (depth == 0 && c != NULL && i > 0 && i + 1 < n &&
			    isalpha((unsigned char)s[i - 1]) &&
			    isalpha((unsigned char)s[i + 1]))
				lint_add(l, "M007", l->mcpath, line, col, 1,
				    "this apostrophe ends the quoted argument of "
				    "%s started at line %d", c->name, qline);
			goto next;
		}
		if (depth > 0) {
			if (c != NULL)
				strbuf_addc(&arg, ch);
			goto next;
		}
		if (is_id0(ch) && (i == 0 || !is_id((unsigned char)s[i - 1]))) {
			size_t k = i, wl;
			char word[64];

			while (k < n && is_id((unsigned char)s[k]))
				k++;
			wl = k - i;
			if (wl == 3 && strncmp(s + i, "dnl", 3) == 0) {
				while (i < n && s[i] != '\n')
					i++;
				continue;
			}
			snprintf(word, sizeof(word), "%.*s", (int)(wl < 63 ? wl : 63),
			    s + i);
			if (hashline && c == NULL) {
				const char *const *w;

				for (w = comment_words; *w; w++)
					if (strcmp(*w, word) == 0)
						lint_add(l, "M002", l->mcpath,
						    line, col, (int)wl,
						    "%s in a '#' line is expanded "
						    "by m4, not commented out",
						    word);
			}
			if (c == NULL && k < n && s[k] == '(') {
				l->calls = xreallocarray(l->calls,
				    l->ncalls + 1, sizeof(*l->calls));
				c = &l->calls[l->ncalls++];
				memset(c, 0, sizeof(*c));
				c->name = xstrdup(word);
				c->line = line;
				c->col = col;
				pdepth = 1;
				strbuf_reset(&arg);
				col += (int)(k + 1 - i);
				i = k + 1;
				continue;
			}
			if (c == NULL && (strcmp(word, "LOCAL_RULESETS") == 0 ||
			    strncmp(word, "LOCAL_RULE_", 11) == 0 ||
			    strcmp(word, "LOCAL_CONFIG") == 0)) {
				struct lint_call *lc;

				l->calls = xreallocarray(l->calls,
				    l->ncalls + 1, sizeof(*l->calls));
				lc = &l->calls[l->ncalls++];
				memset(lc, 0, sizeof(*lc));
				lc->name = xstrdup(word);
				lc->line = lc->endline = line;
				lc->col = col;
			}
			if (c != NULL)
				strbuf_add(&arg, s + i, wl);
			col += (int)wl;
			i = k;
			continue;
		}
		if (c != NULL) {
			if (ch == '(')
				pdepth++;
			if (ch == ')' && --pdepth == 0) {
				c->args = xreallocarray(c->args, c->nargs + 1,
				    sizeof(char *));
				c->args[c->nargs++] = xstrdup(arg.buf ? arg.buf : "");
				c->endline = line;
				/* text after the call on the same line */
				p = s + i + 1;
				while (*p == ' ' || *p == '\t')
					p++;
				if (*p != '\n' && *p != '\0' && *p != '#' &&
				    strncmp(p, "dnl", 3) != 0 && !is_id0((unsigned char)*p) &&
				    *p != '`')
					lint_add(l, "M005", l->mcpath, line,
					    col + 1 + (int)(p - (s + i + 1)), 1,
					    "text after %s(...) is copied to the "
					    "output", c->name);
				if (strcmp(c->name, "define") == 0 &&
				    c->nargs > 2 && strncmp(c->args[0], "conf", 4) == 0)
					lint_add(l, "M003", l->mcpath, c->line,
					    c->col, 6, "the value of %s has an "
					    "unquoted comma: m4 keeps only \"%s\"",
					    c->args[0], c->args[1]);
				c = NULL;
				goto next;
			}
			if (ch == ',' && pdepth == 1) {
				const char *a = arg.buf ? arg.buf : "";

				c->args = xreallocarray(c->args, c->nargs + 1,
				    sizeof(char *));
				c->args[c->nargs++] = xstrdup(a);
				strbuf_reset(&arg);
				/* m4 drops blanks before an argument */
				while (i + 1 < n && (s[i + 1] == ' ' ||
				    s[i + 1] == '\t' || s[i + 1] == '\n')) {
					if (s[i + 1] == '\n') {
						line++;
						col = 0;
					}
					i++;
					col++;
				}
				goto next;
			}
			strbuf_addc(&arg, ch);
		}
	next:
		if (s[i] == '\n') {
			line++;
			col = 1;
			linestart = 1;
		} else
			col++;
		i++;
	}
	if (depth > 0)
		lint_add(l, "M001", l->mcpath, qline, qcol, 1,
		    "this quote is never closed: m4 reads the rest of the file "
		    "into it");
	else if (c != NULL)
		lint_add(l, "M001", l->mcpath, c->line, c->col,
		    (int)strlen(c->name), "the '(' of %s is never closed",
		    c->name);
	if (n > 0 && s[n - 1] != '\n')
		lint_add(l, "M006", l->mcpath, line, col, 1,
		    "the file does not end with a newline");
	strbuf_free(&arg);
}

/* The first top-level call NAME (with first argument arg0, or any). */
const struct lint_call *
lint_call(const struct lint *l, const char *name, const char *arg0)
{
	size_t i;

	for (i = 0; i < l->ncalls; i++)
		if (strcmp(l->calls[i].name, name) == 0 && (arg0 == NULL ||
		    (l->calls[i].nargs > 0 &&
		    strcmp(l->calls[i].args[0], arg0) == 0)))
			return &l->calls[i];
	return NULL;
}

/* --- compiling the .mc ------------------------------------------------ */

#ifndef MAILCF_TPLSRC
#define MAILCF_TPLSRC ""
#endif

/* The cf-templates folder: option, $MAILCF_TEMPLATES, installed, source. */
const char *
lint_templates(const char *opt)
{
	static char buf[4096];
	const char *e;

	if (opt != NULL)
		return opt;
	if ((e = getenv("MAILCF_TEMPLATES")) != NULL && *e != '\0')
		return e;
	snprintf(buf, sizeof(buf), "%s/cf/cf.m4", MAILCF_DATADIR);
	if (access(buf, R_OK) == 0) {
		snprintf(buf, sizeof(buf), "%s/cf", MAILCF_DATADIR);
		return buf;
	}
	return MAILCF_TPLSRC;
}

static const char *const cf_homes[] = {
	"/usr/share/sendmail/cf/", "/usr/share/sendmail-cf/",
	"/usr/lib/sendmail-cf/", "/usr/lib/mail/", NULL
};

/* The .mc with the usual absolute cf homes pointed at tpl (allocated). */
static char *
map_includes(const char *text, const char *tpl)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = text;
	const char *const *h;

	while (*p) {
		for (h = cf_homes; *h; h++)
			if (strncmp(p, *h, strlen(*h)) == 0)
				break;
		if (*h != NULL) {
			strbuf_adds(&sb, tpl);
			strbuf_addc(&sb, '/');
			p += strlen(*h);
		} else
			strbuf_addc(&sb, *p++);
	}
	return strbuf_detach(&sb, NULL);
}

/*
 * .mc -> IR -> model.  Returns the model (owned by the caller) or NULL
 * when m4 failed; *ir receives the IR (owned).  Diagnostics of the m4
 * engine and the cf parser go to stderr; *errors tells whether any was an
 * error.
 */
/*
 * Take the cf kit's @error and @warning lines out of the IR (they become
 * findings, not compile errors) with the .mc location of the @loc before
 * them; the lines are blanked to '#' so IR line numbers stay.
 */
static void
take_kit_messages(char *ir, struct lint_kitmsgs *kit)
{
	char *p = ir, *e, *t;
	char file[1024] = "";
	int line = 0;

	for (; p && *p; p = e ? e + 1 : NULL) {
		e = strchr(p, '\n');
		if (strncmp(p, "@loc\t", 5) == 0) {
			t = strchr(p + 5, '\t');
			if (t != NULL && (e == NULL || t < e)) {
				snprintf(file, sizeof(file), "%.*s",
				    (int)(t - p - 5), p + 5);
				line = atoi(t + 1);
			}
			continue;
		}
		if (strncmp(p, "@error\t", 7) != 0 &&
		    strncmp(p, "@warning\t", 9) != 0 &&
		    strncmp(p, "@unknown\t", 9) != 0)
			continue;
		if (p[1] != 'u') {
			struct lint_kitmsg *k;

			kit->v = xreallocarray(kit->v, kit->n + 1,
			    sizeof(*kit->v));
			k = &kit->v[kit->n++];
			k->error = p[1] == 'e';
			t = strchr(p, '\t') + 1;
			k->text = xstrndup(t, e ? (size_t)(e - t) : strlen(t));
			k->file = xstrdup(file);
			k->line = line;
		}
		for (t = p; t < (e ? e : p + strlen(p)); t++)
			*t = t == p ? '#' : ' ';
	}
}

struct model *
lint_compile(const char *mcpath, const char *text, const char *tpl,
    char **ir, int *errors, struct lint_kitmsgs *kit)
{
	struct m4 *m4 = m4_new();
	struct strbuf out = STRBUF_INIT;
	struct model *m = NULL;
	char *cfm4 = xasprintf("%s/cf.m4", tpl), *inc = xasprintf("%s/m4", tpl);
	char *dir = xstrdup(mcpath), *slash, *mapped;
	int before = diag_errors(), rc;

	*ir = NULL;
	*errors = 0;
	if ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		m4_add_include_dir(m4, inc);
		m4_add_include_dir(m4, dir);
	} else
		m4_add_include_dir(m4, inc);
	m4_set_output_buffer(m4, &out);
	mapped = map_includes(text, tpl);
	rc = m4_process_file(m4, cfm4);
	if (rc == 0)
		rc = m4_process_buffer(m4, mcpath, mapped, strlen(mapped));
	if (rc == 0)
		rc = m4_finish(m4);
	if (m4_status(m4) != 0 || rc != 0)
		*errors = 1;
	m4_free(m4);
	free(mapped);
	free(cfm4);
	free(inc);
	free(dir);
	if (out.buf == NULL)
		strbuf_addc(&out, '\n');
	*ir = strbuf_detach(&out, NULL);
	if (kit != NULL)
		take_kit_messages(*ir, kit);
	m = model_new();
	if (cf_parse_buffer(m, "(IR)", *ir, strlen(*ir)) != 0)
		*errors = 1;
	if (diag_errors() > before)
		*errors = 1;
	return m;
}

/* --- the command ------------------------------------------------------ */

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf lint [--format=text|json] [-W RULE | -Wno-RULE]... "
	    "[-Werror]\n"
	    "                   [--mapdir DIR] [--hostname NAME] "
	    "[--templates DIR] FILE.mc\n"
	    "       mailcf lint --explain RULE | --list\n"
	    "\n"
	    "Checks a sendmail .mc configuration, the map sources it uses and "
	    "its relay\n"
	    "policy before deploy.  Exit status: 0 clean (or notes only), 1 "
	    "warnings,\n"
	    "2 errors; 64 bad usage, 66 the .mc cannot be read.\n"
	    "\n"
	    "  --format=FMT     text (default: compiler style with a hint) or "
	    "json\n"
	    "  -W RULE          enable RULE;  -Wno-RULE  disable it\n"
	    "  -Werror          warnings count as errors\n"
	    "  --mapdir DIR     read /etc/mail/ files from DIR (default: the "
	    ".mc's folder)\n"
	    "  --hostname NAME  host name for the relay proof (default: this "
	    "host's)\n"
	    "  --templates DIR  the cf-templates folder\n"
	    "  --explain RULE   print why RULE exists and how to fix it\n"
	    "  --list           list every rule: ID, severity, title\n"
	    "See mailcf-lint(8).\n");
}

static int
explain(const char *id)
{
	const struct lint_rule *r = lint_rule(id);

	if (r == NULL) {
		fprintf(stderr, "mailcf lint: no rule '%s' (see --list)\n", id);
		return EX_USAGE;
	}
	printf("%s (%s%s): %s\n\n%s\n\nFix: %s\n", r->id, sev_name(r->sev),
	    r->on ? "" : ", off by default", r->title, r->why, r->hint);
	return EX_OK;
}

static void
list_rules(void)
{
	const struct lint_rule *r;

	for (r = lint_rules; r->id != NULL; r++)
		printf("%s  %-7s  %s\n", r->id, sev_name(r->sev), r->title);
}

static int
set_rule(struct lint *l, const char *id, int on)
{
	const struct lint_rule *r = lint_rule(id);

	if (r == NULL) {
		fprintf(stderr, "mailcf lint: no rule '%s' (see --list)\n", id);
		return -1;
	}
	l->ruleids = xreallocarray(l->ruleids, l->nrules + 1, sizeof(char *));
	l->ruleon = xreallocarray(l->ruleon, l->nrules + 1, sizeof(int));
	l->ruleids[l->nrules] = r->id;
	l->ruleon[l->nrules++] = on;
	return 0;
}

static void
lint_free(struct lint *l)
{
	size_t i;

	for (i = 0; i < l->nfind; i++) {
		free(l->find[i].file);
		free(l->find[i].msg);
	}
	free(l->find);
	calls_free(l);
	free(l->mctext);
	free(l->ir);
	free(l->ruleids);
	free(l->ruleon);
	for (i = 0; i < l->kit.n; i++) {
		free(l->kit.v[i].text);
		free(l->kit.v[i].file);
	}
	free(l->kit.v);
	for (i = 0; i < l->nlocal; i++)
		free(l->localnames[i]);
	free(l->localnames);
	if (l->m != NULL) {
		diag_forget_sources();
		model_free(l->m);
	}
}

int
lint_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "mapdir", required_argument, NULL, 'm' },
		{ "hostname", required_argument, NULL, 'H' },
		{ "templates", required_argument, NULL, 't' },
		{ "explain", required_argument, NULL, 'e' },
		{ "list", no_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct lint l;
	const char *fmt = "text", *tpl = NULL;
	char *dir = NULL, *slash;
	size_t len, i;
	int ch, errors, nerr = 0, nwarn = 0, rc = EX_USAGE;

	memset(&l, 0, sizeof(l));
	optind = 1;
	while ((ch = getopt_long(argc, argv, "W:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			fmt = optarg;
			if (strcmp(fmt, "text") != 0 && strcmp(fmt, "json") != 0) {
				fprintf(stderr, "mailcf lint: --format is text "
				    "or json\n");
				goto out;
			}
			break;
		case 'W':
			if (strcmp(optarg, "error") == 0)
				l.werror = 1;
			else if (strncmp(optarg, "no-", 3) == 0) {
				if (set_rule(&l, optarg + 3, 0) != 0)
					goto out;
			} else if (set_rule(&l, optarg, 1) != 0)
				goto out;
			break;
		case 'm':
			l.mapdir = optarg;
			break;
		case 'H':
			l.hostname = optarg;
			break;
		case 't':
			tpl = optarg;
			break;
		case 'e':
			rc = explain(optarg);
			goto out;
		case 'l':
			list_rules();
			rc = EX_OK;
			goto out;
		case 'h':
			usage(stdout);
			rc = EX_OK;
			goto out;
		default:
			usage(stderr);
			goto out;
		}
	}
	if (optind != argc - 1) {
		usage(stderr);
		goto out;
	}
	l.mcpath = argv[optind];
	if (maputil_readfile(l.mcpath, &l.mctext, &len) != 0) {
		fprintf(stderr, "mailcf lint: %s: %s\n", l.mcpath,
		    strerror(errno));
		rc = EX_NOINPUT;
		goto out;
	}
	l.mctext[len] = '\0';
	l.mclen = strlen(l.mctext);
	if (l.mapdir == NULL) {
		dir = xstrdup(l.mcpath);
		if ((slash = strrchr(dir, '/')) != NULL)
			*slash = '\0';
		else {
			free(dir);
			dir = xstrdup(".");
		}
		l.mapdir = dir;
	}
	lint_scan_mc(&l);
	l.m = lint_compile(l.mcpath, l.mctext, lint_templates(tpl), &l.ir,
	    &errors, &l.kit);
	if (errors)
		lint_add(&l, "C003", l.mcpath, 0, 0, 0,
		    "the configuration does not compile; the checks below "
		    "may be incomplete");
	lint_check_model(&l);
	lint_check_maps(&l);
	if (!errors)
		lint_check_relay(&l);
	if (l.nfind > 1)
		qsort(l.find, l.nfind, sizeof(*l.find), find_cmp);
	if (strcmp(fmt, "json") == 0)
		print_json(&l, stdout);
	else
		print_text(&l, stdout);
	for (i = 0; i < l.nfind; i++) {
		if (l.find[i].sev == LINT_ERROR)
			nerr++;
		else if (l.find[i].sev == LINT_WARNING)
			nwarn++;
	}
	rc = nerr ? 2 : nwarn ? 1 : 0;
	if (strcmp(fmt, "text") == 0 && l.nfind > 0)
		printf("%s: %d error%s, %d warning%s\n", l.mcpath, nerr,
		    nerr == 1 ? "" : "s", nwarn, nwarn == 1 ? "" : "s");
out:
	lint_free(&l);
	free(dir);
	return rc;
}
