/*
 * build.c -- `mailcf build`: a .mc through the whole compile pipeline
 * into a table (DESIGN.md stages 1-4 and 6).
 *
 *   1. the m4 engine (m4.h) runs in-process: cf-templates/cf.m4, then
 *      the .mc, with the .mc's folder, the templates' m4/ and the -I
 *      folders as include path.  The absolute includes of the cf homes
 *      sendmail admins know (/usr/share/sendmail/cf/, /usr/share/
 *      sendmail-cf/, /usr/lib/sendmail-cf/, /usr/lib/mail/, and
 *      ../m4/cf.m4) are rewritten in the .mc's text to our cf.m4 before
 *      the engine reads it under its own name, so locations stay right;
 *   2. the IR goes through the cf parser into the model; an @error of
 *      the templates is reported at the .mc line, with the column of the
 *      name it is about;
 *   3. every declaration gets its .mc location (model_relocate);
 *   4. cftio.c writes the table, through atomicfile.h.
 *
 * The templates are found through $MAILCF_TEMPLATES, else the source
 * tree's cf-templates when mailcf runs from its build tree, else
 * $(pkgdatadir)/cf.
 *
 * The prelude (cf.m4 and the lib/ files it reads) is the same for every
 * .mc, so `make` freezes the engine's state after it (`mailcf build
 * --freeze`, m4.h) into cf.frozen next to the installed templates, or
 * into cf-templates.frozen at the top of the build tree.  A build reloads that image instead of
 * expanding the prelude, when no -D is given and the image is current:
 * made by this version for this template folder, from files that still
 * have the same contents; else the prelude is read as usual.
 * $MAILCF_FROZEN=off never uses an image, =require fails without one.
 */
#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "config.h"

#include "atomicfile.h"
#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/cf.h"
#include "compiler/cftio.h"
#include "compiler/commands.h"
#include "compiler/m4.h"
#include "compiler/model.h"
#include "compiler/tplnative.h"

#ifndef MAILCF_TPL_SRCDIR
#define MAILCF_TPL_SRCDIR	""
#endif
#ifndef MAILCF_BUILDDIR
#define MAILCF_BUILDDIR		""
#endif
#ifndef MAILCF_DATADIR
#define MAILCF_DATADIR		"/usr/local/share/mailcf"
#endif

/* Bounds for the m4 run: a .mc that loops is an error, not a hang. */
#define BUILD_MAX_CALLS		20000000UL
#define BUILD_MAX_BYTES		((size_t)256 << 20)

static int
is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Does this executable live in the build tree it was configured in? */
static int
uninstalled(void)
{
	char exe[PATH_MAX], dir[PATH_MAX], *slash;
	ssize_t n;

	if (MAILCF_BUILDDIR[0] == '\0')
		return 0;
	if ((n = readlink("/proc/self/exe", exe, sizeof(exe) - 1)) <= 0)
		return 0;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return 0;
	*slash = '\0';
	if (realpath(MAILCF_BUILDDIR, dir) == NULL)
		return 0;
	return strcmp(exe, dir) == 0;
}

const char *
build_templates_dir(void)
{
	static char dir[PATH_MAX];
	const char *env = getenv("MAILCF_TEMPLATES");

	if (env != NULL && env[0] != '\0')
		snprintf(dir, sizeof(dir), "%s", env);
	else if (uninstalled() && MAILCF_TPL_SRCDIR[0] != '\0')
		snprintf(dir, sizeof(dir), "%s", MAILCF_TPL_SRCDIR);
	else
		snprintf(dir, sizeof(dir), "%s/cf", MAILCF_DATADIR);
	return dir;
}

/* Read a whole file; NULL with errno set. */
static char *
slurp(const char *path, size_t *lenp)
{
	struct strbuf sb = STRBUF_INIT;
	char chunk[65536];
	size_t n;
	FILE *fp;
	char *r;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		strbuf_add(&sb, chunk, n);
	if (ferror(fp)) {
		int e = errno;

		fclose(fp);
		strbuf_free(&sb);
		errno = e;
		return NULL;
	}
	fclose(fp);
	*lenp = sb.len;
	r = strbuf_detach(&sb, NULL);
	return r != NULL ? r : xstrdup("");
}

/* The cf homes whose m4/cf.m4 (and other files) are ours. */
static const char *const cf_homes[] = {
	"/usr/share/sendmail/cf/", "/usr/share/sendmail-cf/",
	"/usr/lib/sendmail-cf/", "/usr/lib/mail/", NULL
};

/*
 * The .mc text with include(`HOME...') and sinclude(`HOME...') of a cf
 * home, and include(`../m4/cf.m4'), pointing into tpl.  Only the text
 * right after "include(" and an optional quote is looked at, so the line
 * and column of everything else stays as it was.
 */
static char *
rewrite_includes(const char *text, size_t len, const char *tpl,
    size_t *outlen)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = text, *end = text + len, *q;
	size_t i, hl;

	while (p < end) {
		q = memmem(p, (size_t)(end - p), "include(", 8);
		if (q == NULL) {
			strbuf_add(&sb, p, (size_t)(end - p));
			break;
		}
		q += 8;
		if (q < end && *q == '`')
			q++;
		strbuf_add(&sb, p, (size_t)(q - p));
		p = q;
		for (i = 0; cf_homes[i] != NULL; i++) {
			hl = strlen(cf_homes[i]);
			if ((size_t)(end - p) >= hl &&
			    memcmp(p, cf_homes[i], hl) == 0) {
				strbuf_addf(&sb, "%s/", tpl);
				p += hl;
				break;
			}
		}
		if (cf_homes[i] == NULL && (size_t)(end - p) >= 11 &&
		    memcmp(p, "../m4/cf.m4", 11) == 0) {
			strbuf_addf(&sb, "%s/m4/cf.m4", tpl);
			p += 11;
		}
	}
	*outlen = sb.len;
	if (sb.buf == NULL)
		return xstrdup("");
	return strbuf_detach(&sb, NULL);
}

/* The folder part of path ("." when none); owned by the caller. */
static char *
dirname_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Line n (1-based) of a file, or NULL; owned by the caller. */
static char *
file_line(const char *path, int n)
{
	char *text, *p, *e, *r = NULL;
	size_t len;
	int line = 1;

	if (n <= 0 || (text = slurp(path, &len)) == NULL)
		return NULL;
	for (p = text; line < n && (p = memchr(p, '\n',
	    len - (size_t)(p - text))) != NULL; line++)
		p++;
	if (p != NULL && line == n) {
		e = memchr(p, '\n', len - (size_t)(p - text));
		r = xstrndup(p, e ? (size_t)(e - p) : strlen(p));
	}
	free(text);
	return r;
}

/*
 * Where on its line an @error points: at NAME when the templates named
 * it (@unknown KIND NAME follows the @error), else at the first macro
 * call of the line, up to its closing parenthesis.
 */
static void
error_column(struct diag_loc *at, const char *name)
{
	char *line = file_line(at->file, at->line), *p, *q;
	int depth = 0;

	if (line == NULL)
		return;
	if (name != NULL && name[0] != '\0' &&
	    (p = strstr(line, name)) != NULL) {
		at->col = (int)(p - line) + 1;
		at->len = (int)strlen(name);
		free(line);
		return;
	}
	for (p = line; *p == ' ' || *p == '\t'; p++)
		;
	if (*p == '\0' || *p == '#') {
		free(line);
		return;
	}
	for (q = p; *q != '\0'; q++) {
		if (*q == '(')
			depth++;
		else if (*q == ')' && --depth <= 0) {
			q++;
			break;
		}
	}
	if (depth > 0 || q == p)
		q = p + strcspn(p, " \t");
	at->col = (int)(p - line) + 1;
	at->len = (int)(q - p) > 0 ? (int)(q - p) : 1;
	free(line);
}

/*
 * Report the @error and @warning lines of the IR ourselves (at the .mc
 * line and column) and blank them out, so that the parser does not report
 * them a second time.  Returns the number of errors.
 */
static int
take_errors(char *ir, size_t len, const char *mcpath)
{
	char *p = ir, *end = ir + len, *nl, *locfile = NULL;
	int locline = 0, nerr = 0, insection = 0, mcline = 0;

	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (strncmp(p, "@section\t", 9) == 0)
			insection = 1;
		else if (strncmp(p, "@endsection", 11) == 0)
			insection = 0;
		if (!insection && strncmp(p, "@loc\t", 5) == 0) {
			char *t = memchr(p + 5, '\t', (size_t)(nl - p - 5));

			if (t != NULL) {
				free(locfile);
				locfile = xstrndup(p + 5, (size_t)(t - p - 5));
				locline = atoi(t + 1);
				if (strcmp(locfile, mcpath) == 0)
					mcline = locline;
			}
		} else if (strncmp(p, "@error\t", 7) == 0 ||
		    strncmp(p, "@warning\t", 9) == 0) {
			int iserr = p[1] == 'e', skip = iserr ? 7 : 9;
			char *msg = xstrndup(p + skip, (size_t)(nl - p - skip));
			char *name = NULL, *n2 = nl + 1;
			struct diag_loc at;

			if (n2 < end && strncmp(n2, "@unknown\t", 9) == 0) {
				char *e = memchr(n2, '\n', (size_t)(end - n2));
				char *t = memchr(n2 + 9, '\t',
				    (size_t)((e ? e : end) - n2 - 9));

				if (t != NULL)
					name = xstrndup(t + 1, (size_t)((e ? e :
					    end) - t - 1));
			}
			at = diag_at(locfile, locline);
			if (locfile != NULL && strcmp(locfile, mcpath) != 0 &&
			    strstr(locfile, "/lib/") == NULL && mcline > 0) {
				/* a DOMAIN/OSTYPE/HACK/FEATURE file complains:
				   the error is the .mc line that read it */
				struct diag_loc mc = diag_at(mcpath, mcline);

				error_column(&mc, NULL);
				diag_msg(iserr ? DIAG_ERROR : DIAG_WARNING, &mc,
				    "%s", msg);
				diag_note(&at, "reported by this template");
			} else {
				if (locfile != NULL && locline > 0)
					error_column(&at, name);
				diag_msg(iserr ? DIAG_ERROR : DIAG_WARNING,
				    locfile != NULL ? &at : NULL, "%s", msg);
			}
			nerr += iserr;
			/* blank the line: the parser sees an empty line */
			memset(p, ' ', (size_t)(nl - p));
			p[0] = '#';
			free(msg);
			free(name);
		} else if (strncmp(p, "@note\t", 6) == 0) {
			/* the second location of the error just printed:
			   @note FILE LINE TEXT */
			char *f = p + 6, *t1, *t2, *file, *text;
			struct diag_loc at;

			t1 = memchr(f, '\t', (size_t)(nl - f));
			t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(nl - t1 - 1)) :
			    NULL;
			if (t2 != NULL) {
				file = xstrndup(f, (size_t)(t1 - f));
				text = xstrndup(t2 + 1, (size_t)(nl - t2 - 1));
				at = diag_at(file, atoi(t1 + 1));
				error_column(&at, NULL);
				diag_note(&at, "%s", text);
				free(file);
				free(text);
				memset(p, ' ', (size_t)(nl - p));
				p[0] = '#';
			}
		}
	}
	free(locfile);
	return nerr;
}

/* The key of the frozen prelude for the templates in tpl. */
static char *
frozen_key(const char *tpl)
{
	return xasprintf("mailcf %s build %s", PACKAGE_VERSION, tpl);
}

/* A fresh engine set up as every build sets it up. */
static struct m4 *
build_engine(struct strbuf *ir)
{
	struct m4 *m4 = m4_new();

	m4_set_max_calls(m4, BUILD_MAX_CALLS);
	m4_set_max_bytes(m4, BUILD_MAX_BYTES);
	m4_set_output_buffer(m4, ir);
	return m4;
}

/*
 * Reload the frozen prelude for tpl into a fresh engine: 1 when done,
 * 0 when there is no current image (the caller reads the prelude), -1
 * when $MAILCF_FROZEN=require and there is none.
 */
static int
thaw_prelude(struct m4 *m4, const char *tpl)
{
	const char *mode = getenv("MAILCF_FROZEN");
	char *cand[2], *key, err[512];
	int i, n = 0, rc = 0;

	if (mode != NULL && strcmp(mode, "off") == 0)
		return 0;
	cand[n++] = xasprintf("%s/cf.frozen", tpl);
	if (uninstalled())
		cand[n++] = xasprintf("%s/cf-templates.frozen",
		    MAILCF_BUILDDIR);
	key = frozen_key(tpl);
	err[0] = '\0';
	for (i = 0; i < n && rc == 0; i++)
		if (m4_thaw(m4, cand[i], key, err, sizeof(err)) == 0)
			rc = 1;
	if (rc == 0 && mode != NULL && strcmp(mode, "require") == 0) {
		diag_error(NULL, "no current frozen prelude for %s (%s: %s)",
		    tpl, cand[n - 1], err);
		rc = -1;
	}
	for (i = 0; i < n; i++)
		free(cand[i]);
	free(key);
	return rc;
}

/*
 * `mailcf build --freeze [-o OUT]`: expand the prelude of the templates
 * and write the engine's state to OUT (default TEMPLATES/cf.frozen).
 */
static int
freeze_prelude(const char *tpl, const char *out)
{
	struct strbuf ir = STRBUF_INIT;
	struct m4 *m4;
	char *path, *dflt = NULL, *key, err[512];
	int rc = EX_OK, before = diag_errors();

	path = xasprintf("%s/cf.m4", tpl);
	if (!is_file(path)) {
		diag_error(NULL, "the cf-templates are not installed: no %s "
		    "(set MAILCF_TEMPLATES to their folder)", path);
		free(path);
		return EX_NOINPUT;
	}
	if (out == NULL)
		out = dflt = xasprintf("%s/cf.frozen", tpl);
	m4 = build_engine(&ir);
	key = frozen_key(tpl);
	if (m4_process_file(m4, path) != 0 || m4_status(m4) != 0 ||
	    diag_errors() > before) {
		diag_error(NULL, "%s: the prelude fails; nothing frozen", path);
		rc = EX_DATAERR;
	} else if (m4_freeze(m4, out, key, err, sizeof(err)) != 0) {
		diag_error(NULL, "cannot write the frozen prelude: %s", err);
		rc = EX_CANTCREAT;
	}
	m4_free(m4);
	strbuf_free(&ir);
	free(key);
	free(dflt);
	free(path);
	return rc;
}

/*
 * The templates' hot macros run in C (tplnative.c), unless
 * $MAILCF_NATIVE=off: the same IR either way, only slower without.
 */
static struct tplnative *
build_natives(struct m4 *m4)
{
	const char *mode = getenv("MAILCF_NATIVE");

	if (mode != NULL && strcmp(mode, "off") == 0)
		return NULL;
	return tpl_natives_install(m4);
}

/* Run the m4 engine: the IR into *ir.  0, -1 after errors, -2 no .mc. */
static int
run_m4(const char *mcpath, const struct build_opts *o, const char *tpl,
    struct strbuf *ir, char **mctext, size_t *mclen)
{
	struct m4 *m4;
	char *path, *dir, *text, *name, *eq;
	size_t len, i;
	int rc = 0, before = diag_errors(), thawed = 0;
	struct tplnative *nat;

	if ((*mctext = slurp(mcpath, mclen)) == NULL) {
		struct diag_loc l = diag_at(mcpath, 0);

		diag_error(&l, "cannot read: %s", strerror(errno));
		return -2;
	}
	path = xasprintf("%s/cf.m4", tpl);
	if (!is_file(path)) {
		diag_error(NULL, "the cf-templates are not installed: no %s "
		    "(set MAILCF_TEMPLATES to their folder)", path);
		free(path);
		return -1;
	}
	m4 = build_engine(ir);
	/* -D acts before the prelude, which may test it: no image then */
	if (o->ndefines == 0 && (thawed = thaw_prelude(m4, tpl)) == -1) {
		m4_free(m4);
		free(path);
		return -1;
	}
	dir = dirname_of(mcpath);
	m4_add_include_dir(m4, dir);
	free(dir);
	dir = xasprintf("%s/m4", tpl);
	m4_add_include_dir(m4, dir);
	free(dir);
	for (i = 0; i < o->nincdirs; i++)
		m4_add_include_dir(m4, o->incdirs[i]);
	for (i = 0; i < o->ndefines; i++) {
		name = xstrdup(o->defines[i]);
		if ((eq = strchr(name, '=')) != NULL)
			*eq++ = '\0';
		m4_define(m4, name, eq ? eq : "");
		free(name);
	}
	text = rewrite_includes(*mctext, *mclen, tpl, &len);
	nat = build_natives(m4);
	if ((thawed || m4_process_file(m4, path) == 0) &&
	    m4_process_buffer(m4, mcpath, text, len) == 0)
		(void)m4_finish(m4);
	if (m4_status(m4) != 0 || diag_errors() > before)
		rc = -1;
	if (nat != NULL && getenv("MAILCF_NATIVE_STATS") != NULL)
		fprintf(stderr, "mailcf: %lu native macro runs\n",
		    m4_native_runs(m4));
	m4_free(m4);
	tpl_natives_free(nat);
	free(text);
	free(path);
	return rc;
}

int
build_compile_mc(struct model *m, const char *mcpath,
    const struct build_opts *o)
{
	struct strbuf ir = STRBUF_INIT;
	struct diag_loc eof;
	const char *tpl = o->tpldir ? o->tpldir : build_templates_dir();
	char *irname, *mctext = NULL;
	size_t mclen = 0;
	int rc, nerr;

	rc = run_m4(mcpath, o, tpl, &ir, &mctext, &mclen);
	if (rc == -2) {
		strbuf_free(&ir);
		return -2;
	}
	/* caret lines show the .mc as written */
	diag_add_source(model_intern(m, mcpath), mctext, mclen);
	model_keep_source(m, mctext);
	if (rc != 0) {
		strbuf_free(&ir);
		return -1;
	}
	nerr = take_errors(ir.buf ? ir.buf : "", ir.len, mcpath);
	irname = xasprintf("%s (IR)", mcpath);
	if (cf_parse_buffer(m, irname, ir.buf ? ir.buf : "", ir.len) != 0)
		rc = -1;
	eof = diag_at(model_intern(m, irname), 0);
	if (model_finish(m, &eof) != 0)
		rc = -1;
	free(irname);
	strbuf_free(&ir);
	if (nerr > 0)
		rc = -1;
	model_relocate(m);
	return rc;
}

static void
relocate(const struct model *m, struct diag_loc *l)
{
	struct diag_loc mc = model_mc_loc(m, l);

	if (mc.file != NULL)
		*l = mc;
}

void
model_relocate(struct model *m)
{
	size_t i, j;

	relocate(m, &m->version_loc);
	for (i = 0; i < m->noptions; i++)
		relocate(m, &m->options[i].loc);
	for (i = 0; i < m->nmacros; i++)
		relocate(m, &m->macros[i].loc);
	for (i = 0; i < m->nclasses; i++)
		relocate(m, &m->classes[i].loc);
	for (i = 0; i < m->nmaps; i++)
		relocate(m, &m->maps[i].loc);
	for (i = 0; i < m->nmailers; i++) {
		for (j = 0; j < m->mailers[i].nfields; j++)
			relocate(m, &m->mailers[i].fields[j].loc);
		relocate(m, &m->mailers[i].loc);
	}
	for (i = 0; i < m->nqgroups; i++) {
		for (j = 0; j < m->qgroups[i].nfields; j++)
			relocate(m, &m->qgroups[i].fields[j].loc);
		relocate(m, &m->qgroups[i].loc);
	}
	for (i = 0; i < m->nmilters; i++) {
		for (j = 0; j < m->milters[i].nfields; j++)
			relocate(m, &m->milters[i].fields[j].loc);
		relocate(m, &m->milters[i].loc);
	}
	for (i = 0; i < m->nheaders; i++)
		relocate(m, &m->headers[i].loc);
	for (i = 0; i < m->nprecs; i++)
		relocate(m, &m->precs[i].loc);
	for (i = 0; i < m->ntrusted; i++)
		relocate(m, &m->trusted[i].loc);
	for (i = 0; i < m->nenvs; i++)
		relocate(m, &m->envs[i].loc);
	for (i = 0; i < m->ndirectives; i++)
		if (m->directives[i].mcloc.file != NULL)
			m->directives[i].loc = m->directives[i].mcloc;
	for (i = 0; i < m->nrulesets; i++) {
		relocate(m, &m->rulesets[i].loc);
		for (j = 0; j < m->rulesets[i].nrules; j++)
			relocate(m, &m->rulesets[i].rules[j].loc);
	}
	/* the locations are .mc locations from now on */
	m->nlocmap = 0;
}

static int
has_suffix(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);

	return a >= b && strcmp(s + a - b, suf) == 0;
}

int
model_load_any(struct model *m, const char *path, const struct build_opts *o)
{
	struct build_opts none;
	struct diag_loc eof;
	unsigned char *buf;
	size_t len;
	char err[512];
	int rc;

	if (has_suffix(path, ".mc")) {
		if (o == NULL) {
			memset(&none, 0, sizeof(none));
			o = &none;
		}
		return build_compile_mc(m, path, o);
	}
	if (has_suffix(path, ".cft")) {
		if ((buf = (unsigned char *)slurp(path, &len)) == NULL) {
			eof = diag_at(path, 0);
			diag_error(&eof, "cannot read: %s", strerror(errno));
			return -2;
		}
		rc = model_read_table(m, buf, len, path, err, sizeof(err));
		free(buf);
		if (rc != 0)
			diag_error(NULL, "%s", err);
		return rc;
	}
	rc = cf_parse_file(m, path);
	if (rc != -2) {
		eof = diag_at(path, 0);
		if (model_finish(m, &eof) != 0)
			rc = -1;
	}
	return rc;
}

/* ---------------------------------------------------------- the command */

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf build [-I DIR]... [-D NAME[=VAL]]... [-o OUT] [-n] "
	    "FILE.mc\n"
	    "       mailcf build --freeze [-o OUT]\n"
	    "\n"
	    "Compile a sendmail .mc into a rule table (default FILE.cft next "
	    "to the .mc):\n"
	    "the m4 engine runs the cf-templates and the .mc, the cf parser "
	    "reads the\n"
	    "result, the table is written through a temporary file and "
	    "renamed into place.\n"
	    "\n"
	    "  -I DIR    also look for included files (a site's domain/ and "
	    "hack/ files)\n"
	    "            in DIR, after the .mc's folder and the templates\n"
	    "  -D NAME[=VAL]  define an m4 macro before the .mc is read\n"
	    "  -o OUT    write the table to OUT\n"
	    "  -n        check only: write nothing, print \"configuration OK\"\n"
	    "  --freeze  expand the templates' prelude once and keep the m4 "
	    "state in\n"
	    "            OUT (default TEMPLATES/cf.frozen); builds without -D "
	    "reload it\n"
	    "            while it is current ($MAILCF_FROZEN=off: never)\n"
	    "  -h, --help  this text\n"
	    "\n"
	    "Templates: $MAILCF_TEMPLATES, else the build tree's cf-templates "
	    "when run\n"
	    "uninstalled, else %s/cf.\n"
	    "Exit status: 0, 64 usage, 65 errors in the configuration, 66 no "
	    "input,\n"
	    "73 the table could not be written.  See mailcf(8).\n",
	    MAILCF_DATADIR);
}

int
build_main(int argc, char **argv)
{
	struct build_opts o;
	const char *mc = NULL, *out = NULL;
	char *outpath = NULL, err[ATOMICFILE_ERRLEN];
	unsigned char *buf;
	struct model *m;
	size_t len;
	int i, check = 0, freeze = 0, rc;

	memset(&o, 0, sizeof(o));
	o.incdirs = xcalloc((size_t)argc, sizeof(*o.incdirs));
	o.defines = xcalloc((size_t)argc, sizeof(*o.defines));
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			rc = EX_OK;
			goto done;
		}
		if ((a[0] == '-' && strchr("IDo", a[1]) != NULL &&
		    a[1] != '\0')) {
			const char *v = a[2] != '\0' ? a + 2 :
			    i + 1 < argc ? argv[++i] : NULL;

			if (v == NULL) {
				fprintf(stderr, "mailcf build: %s needs an "
				    "argument\n", a);
				usage(stderr);
				rc = EX_USAGE;
				goto done;
			}
			if (a[1] == 'I')
				o.incdirs[o.nincdirs++] = v;
			else if (a[1] == 'D')
				o.defines[o.ndefines++] = v;
			else
				out = v;
		} else if (strcmp(a, "-n") == 0)
			check = 1;
		else if (strcmp(a, "--freeze") == 0)
			freeze = 1;
		else if (a[0] == '-' || mc != NULL) {
			fprintf(stderr, "mailcf build: unexpected argument "
			    "'%s'\n", a);
			usage(stderr);
			rc = EX_USAGE;
			goto done;
		} else
			mc = a;
	}
	if (freeze) {
		if (mc != NULL || o.ndefines > 0 || check) {
			fprintf(stderr, "mailcf build: --freeze takes only "
			    "-o OUT\n");
			usage(stderr);
			rc = EX_USAGE;
			goto done;
		}
		rc = freeze_prelude(build_templates_dir(), out);
		goto done;
	}
	if (mc == NULL) {
		usage(stderr);
		rc = EX_USAGE;
		goto done;
	}
	m = model_new();
	rc = build_compile_mc(m, mc, &o);
	/* the local rules must compile to code (bad $n, maps, rulesets) */
	if (rc == 0 && model_check_rules(m) != 0)
		rc = -1;
	if (rc != 0) {
		if (rc == -1)
			fprintf(stderr, "mailcf build: %d error%s; no table "
			    "written\n", diag_errors(),
			    diag_errors() == 1 ? "" : "s");
		rc = rc == -2 ? EX_NOINPUT : EX_DATAERR;
		goto free_model;
	}
	if (check) {
		printf("configuration OK\n");
		rc = EX_OK;
		goto free_model;
	}
	if (out == NULL) {
		len = strlen(mc);
		if (len > 3 && strcmp(mc + len - 3, ".mc") == 0)
			len -= 3;
		outpath = xasprintf("%.*s.cft", (int)len, mc);
		out = outpath;
	}
	model_write_table(m, &buf, &len);
	if (atomicfile_write(out, buf, len, 0644, err, sizeof(err)) != 0) {
		fprintf(stderr, "mailcf build: %s\n", err);
		rc = EX_CANTCREAT;
	} else
		rc = EX_OK;
	free(buf);
free_model:
	diag_forget_sources();
	model_free(m);
done:
	free(outpath);
	free(o.incdirs);
	free(o.defines);
	if (fflush(stdout) != 0 || ferror(stdout))
		rc = EX_IOERR;
	return rc;
}
