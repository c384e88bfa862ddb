/*
 * model.c -- the configuration model and its builders (model.h).
 *
 * The cf parser calls one builder per statement.  A builder checks what
 * sendmail's readcf() would refuse (and a little more: a value sendmail
 * would silently read as something else is an error here too), reports
 * at the statement's location, and appends the declaration.  Nothing is
 * merged away: a class declared on three C lines keeps three records, an
 * option set twice keeps both settings (the last one is in force), so
 * `mailcf show` can print every declaration back.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/cf.h"
#include "compiler/model.h"

#define GROW(arr, n)	((arr) = xreallocarray((arr), (n) + 1, sizeof(*(arr))))
/* The same for an array with a capacity field: doubling, so a build's
   hundreds of @loc lines and directives are not copied each time. */
#define GROWCAP(arr, n, cap) do {					\
	if ((n) + 1 > (cap)) {						\
		(cap) = (n) + 1 > 2 * (cap) ? ((n) + 1 > 16 ? (n) + 1 : 16) \
		    : 2 * (cap);					\
		(arr) = xreallocarray((arr), (cap), sizeof(*(arr)));	\
	}								\
} while (0)

/* sendmail's MAXRWSETS */
#define MAX_RULESETS	200

static void merror(const struct model *, const struct diag_loc *,
	    const char *, ...) DIAG_PRINTF(3, 4);
static void mwarning(const struct model *, const struct diag_loc *,
	    const char *, ...) DIAG_PRINTF(3, 4);

struct diag_loc
model_mc_loc(const struct model *m, const struct diag_loc *loc)
{
	struct diag_loc none = { NULL, 0, 0, 0 }, r;
	size_t i;

	for (i = m->nlocmap; i-- > 0; ) {
		const struct model_locmap *e = &m->locmap[i];

		if (loc == NULL || loc->file == NULL || e->irfile != loc->file ||
		    e->irline > loc->line)
			continue;
		r = e->mc;
		if (e->counting && loc->line > e->irline + 1)
			r.line += loc->line - e->irline - 1;
		return r;
	}
	return none;
}

/* Line n (1-based) of buf[0..len), without its newline; NULL if none. */
static const char *
buf_line(const char *buf, size_t len, int n, size_t *linelen)
{
	const char *p = buf, *end = buf + len, *nl;

	while (--n > 0) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return NULL;
		p = nl + 1;
	}
	if (p >= end)
		return NULL;
	nl = memchr(p, '\n', (size_t)(end - p));
	*linelen = (size_t)((nl ? nl : end) - p);
	return p;
}

/* Line n of a file on disk, malloc'd, or NULL. */
static char *
file_line(const char *path, int n)
{
	struct strbuf sb = STRBUF_INIT;
	FILE *fp;
	int c, line = 1;

	if (path == NULL || n <= 0 || (fp = fopen(path, "r")) == NULL)
		return NULL;
	while ((c = getc(fp)) != EOF) {
		if (line == n) {
			if (c == '\n')
				break;
			strbuf_addc(&sb, (char)c);
		} else if (c == '\n')
			line++;
	}
	fclose(fp);
	if (line != n) {
		strbuf_free(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

/* Put the caret of mc on the text that loc underlines in the IR, if the
   .mc line holds it (first as the start of a quoted m4 argument). */
static void
mc_column(const struct model *m, const struct diag_loc *loc,
    struct diag_loc *mc)
{
	const char *ir, *hit;
	char *line, *span, *q;
	size_t irlen;

	mc->col = 0;
	mc->len = 0;
	if (loc->file == NULL || loc->file != m->irfile || loc->col <= 0 ||
	    loc->len <= 0 || m->irtext == NULL ||
	    (ir = buf_line(m->irtext, m->irlen, loc->line, &irlen)) == NULL ||
	    (size_t)loc->col > irlen)
		return;
	span = xstrndup(ir + loc->col - 1,
	    (size_t)loc->len < irlen - (size_t)(loc->col - 1) ?
	    (size_t)loc->len : irlen - (size_t)(loc->col - 1));
	if (span[0] != '\0' && (line = file_line(mc->file, mc->line)) != NULL) {
		/* the start of a quoted argument, else in the arguments
		   after the first comma (the value of a define), else
		   anywhere */
		q = xasprintf("`%s", span);
		if ((hit = strstr(line, q)) != NULL)
			hit++;
		else if ((hit = strchr(line, ',')) == NULL ||
		    (hit = strstr(hit, span)) == NULL)
			hit = strstr(line, span);
		if (hit != NULL) {
			mc->col = (int)(hit - line) + 1;
			mc->len = (int)strlen(span);
		}
		free(q);
		free(line);
	}
	free(span);
}

void
model_report(const struct model *m, enum diag_severity sev,
    const struct diag_loc *loc, const char *msg)
{
	struct diag_loc mc = model_mc_loc(m, loc);

	if (mc.file == NULL) {
		diag_msg(sev, loc, "%s", msg);
		return;
	}
	mc_column(m, loc, &mc);
	diag_msg(sev, &mc, "%s", msg);
}

/* An error at loc, reported at the .mc line the IR came from. */
static void
merror(const struct model *m, const struct diag_loc *loc, const char *fmt,
    ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	model_report(m, DIAG_ERROR, loc, strbuf_str(&sb));
	strbuf_free(&sb);
}

static void
mwarning(const struct model *m, const struct diag_loc *loc, const char *fmt,
    ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	model_report(m, DIAG_WARNING, loc, strbuf_str(&sb));
	strbuf_free(&sb);
}

struct model *
model_new(void)
{
	struct model *m = xcalloc(1, sizeof(*m));

	m->cur_ruleset = -1;
	m->opchars = -1;
	return m;
}

static void
free_vec(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void
free_fielded(struct model_mailer *v, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < v[i].nfields; j++) {
			free(v[i].fields[j].key);
			free(v[i].fields[j].value);
		}
		free(v[i].fields);
		free(v[i].name);
	}
	free(v);
}

static void
free_toks(struct cf_tok *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(t[i].text);
	free(t);
}

void
model_free(struct model *m)
{
	size_t i, j;

	if (m == NULL)
		return;
	free(m->vendor);
	for (i = 0; i < m->noptions; i++) {
		free(m->options[i].sub);
		free(m->options[i].raw);
		optval_free(&m->options[i].val);
	}
	free(m->options);
	for (i = 0; i < m->nmacros; i++) {
		free(m->macros[i].name);
		free(m->macros[i].raw);
		free(m->macros[i].value);
	}
	free(m->macros);
	for (i = 0; i < m->nclasses; i++) {
		free(m->classes[i].name);
		free_vec(m->classes[i].words, m->classes[i].nwords);
		free(m->classes[i].file);
		free(m->classes[i].format);
	}
	free(m->classes);
	for (i = 0; i < m->nmaps; i++) {
		free(m->maps[i].name);
		free(m->maps[i].mclass);
		free_vec(m->maps[i].args, m->maps[i].nargs);
		for (j = 0; j < m->maps[i].nflags; j++)
			free(m->maps[i].flags[j].arg);
		free(m->maps[i].flags);
		free(m->maps[i].file);
		free(m->maps[i].spec);
	}
	free(m->maps);
	free_fielded(m->mailers, m->nmailers);
	free_fielded(m->qgroups, m->nqgroups);
	free_fielded(m->milters, m->nmilters);
	for (i = 0; i < m->nheaders; i++) {
		free(m->headers[i].cond);
		free(m->headers[i].name);
		free(m->headers[i].value);
	}
	free(m->headers);
	for (i = 0; i < m->nrulesets; i++) {
		struct model_ruleset *rs = &m->rulesets[i];

		for (j = 0; j < rs->nrules; j++) {
			free_toks(rs->rules[j].lhs, rs->rules[j].nlhs);
			free_toks(rs->rules[j].rhs, rs->rules[j].nrhs);
			free(rs->rules[j].comment);
		}
		free(rs->rules);
		free(rs->name);
	}
	free(m->rulesets);
	for (i = 0; i < m->nprecs; i++)
		free(m->precs[i].name);
	free(m->precs);
	for (i = 0; i < m->ntrusted; i++)
		free_vec(m->trusted[i].users, m->trusted[i].nusers);
	free(m->trusted);
	for (i = 0; i < m->nenvs; i++) {
		free(m->envs[i].name);
		free(m->envs[i].value);
	}
	free(m->envs);
	for (i = 0; i < m->ndirectives; i++) {
		free(m->directives[i].keyword);
		free_vec(m->directives[i].args, m->directives[i].nargs);
	}
	free(m->directives);
	free(m->section);
	free(m->locmap);
	free_vec(m->files, m->nfiles);
	free_vec(m->sources, m->nsources);
	free(m);
}

void
model_keep_source(struct model *m, char *buf)
{
	GROW(m->sources, m->nsources);
	m->sources[m->nsources++] = buf;
}

const char *
model_intern(struct model *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->nfiles; i++)
		if (strcmp(m->files[i], name) == 0)
			return m->files[i];
	GROW(m->files, m->nfiles);
	m->files[m->nfiles] = xstrdup(name);
	return m->files[m->nfiles++];
}

/* --- small string helpers ------------------------------------------- */

/* A copy of s without leading and trailing blanks (and newlines). */
static char *
trimdup(const char *s)
{
	const char *e;

	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
		e--;
	return xstrndup(s, (size_t)(e - s));
}

/* Parse a decimal integer in [lo, hi]; 0 or -1. */
static int
parse_int(const char *s, long long lo, long long hi, long long *out)
{
	char *end;
	long long v;

	if (*s == '\0' || isspace((unsigned char)*s))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < lo || v > hi)
		return -1;
	*out = v;
	return 0;
}

static struct diag_loc
subloc(const struct diag_loc *loc, size_t off, size_t len)
{
	struct diag_loc l = *loc;

	if (l.col > 0) {
		l.col += (int)off;
		l.len = len > 0 ? (int)len : 1;
	}
	return l;
}

/* --- V, D, C, F -------------------------------------------------------- */

int
model_set_version(struct model *m, const char *text, const struct diag_loc *loc)
{
	char *t = trimdup(text), *slash;
	long long level;

	if ((slash = strchr(t, '/')) != NULL)
		*slash = '\0';
	if (parse_int(t, 0, 1000, &level) != 0) {
		merror(m, loc, "V line: configuration version number expected, "
		    "as in 'V10/Berkeley'");
		free(t);
		return -1;
	}
	if (level > 10)
		mwarning(m, loc, "configuration version %lld is newer than "
		    "sendmail 8.17's 10", level);
	m->version = (int)level;
	free(m->vendor);
	m->vendor = slash != NULL ? xstrdup(slash + 1) : NULL;
	m->version_loc = *loc;
	free(t);
	return 0;
}

/*
 * A D value as sendmail reads it: trailing blanks go, "..." groups (the
 * quotes go), a backslash makes the next character literal, except that
 * \n \r \f \b are newline, carriage return, form feed and backspace
 * (and \t is a plain t).  Checked against sendmail 8.17 by
 * tests/cf/macros-oracle.sh.
 */
static char *
munch(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	const char *end = s + strlen(s);
	int backslash = 0;
	char *r;

	while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	for (; s < end; s++) {
		if (backslash) {
			strbuf_addc(&sb, *s == 'n' ? '\n' : *s == 'r' ? '\r' :
			    *s == 'f' ? '\f' : *s == 'b' ? '\b' : *s);
			backslash = 0;
		} else if (*s == '\\')
			backslash = 1;
		else if (*s != '"')
			strbuf_addc(&sb, *s);
	}
	r = strbuf_detach(&sb, NULL);
	return r != NULL ? r : xstrdup("");
}

int
model_add_macro(struct model *m, const char *name, const char *value,
    const struct diag_loc *loc)
{
	struct model_macro *mm;

	GROW(m->macros, m->nmacros);
	mm = &m->macros[m->nmacros++];
	mm->name = xstrdup(name);
	mm->raw = xstrdup(value);
	mm->value = munch(value);
	mm->loc = *loc;
	return 0;
}

int
model_add_class_words(struct model *m, const char *name, char **words,
    size_t n, const struct diag_loc *loc)
{
	struct model_classdecl *c;
	size_t i;

	GROW(m->classes, m->nclasses);
	c = &m->classes[m->nclasses++];
	memset(c, 0, sizeof(*c));
	c->kind = CLASS_WORDS;
	c->name = xstrdup(name);
	c->words = xcalloc(n + 1, sizeof(*c->words));
	for (i = 0; i < n; i++)
		c->words[i] = xstrdup(words[i]);
	c->nwords = n;
	c->loc = *loc;
	return 0;
}

int
model_add_class_file(struct model *m, const char *name, const char *spec,
    const struct diag_loc *loc)
{
	struct model_classdecl *c;
	const char *p = spec, *e;
	int optional = 0;
	char *file, *format;

	while (*p == ' ' || *p == '\t')
		p++;
	while (p[0] == '-') {
		if (p[1] == 'o' && (p[2] == ' ' || p[2] == '\t')) {
			optional = 1;
			p += 2;
			while (*p == ' ' || *p == '\t')
				p++;
			continue;
		}
		{
			struct diag_loc l = subloc(loc, (size_t)(p - spec), 2);
			merror(m, &l, "F line: unknown flag '%.2s' (only -o, "
			    "optional file, exists)", p);
		}
		return -1;
	}
	if (*p == '\0' || *p == '\n') {
		merror(m, loc, "F line: file name expected after the class "
		    "name");
		return -1;
	}
	for (e = p; *e != '\0' && *e != ' ' && *e != '\t' && *e != '\n'; e++)
		;
	file = xstrndup(p, (size_t)(e - p));
	format = trimdup(e);
	if (*format == '\0') {
		free(format);
		format = NULL;
	}
	GROW(m->classes, m->nclasses);
	c = &m->classes[m->nclasses++];
	memset(c, 0, sizeof(*c));
	c->kind = CLASS_FILE;
	c->name = xstrdup(name);
	c->file = file;
	c->format = format;
	c->optional = optional;
	c->loc = *loc;
	return 0;
}

/* --- O ----------------------------------------------------------------- */

static int
known_sub(const struct optsub *subs, const char *sub)
{
	size_t i;

	for (i = 0; subs[i].name != NULL; i++)
		if (strcasecmp(subs[i].name, sub) == 0)
			return 1;
	return 0;
}

static int
store_option(struct model *m, const struct optdef *def, const char *sub,
    const char *value, const struct diag_loc *valloc)
{
	struct model_option *o;
	struct optval val;
	char err[256];
	char *raw = trimdup(value ? value : "");

	memset(&val, 0, sizeof(val));
	if (opt_parse_value(def, sub, raw, &val, err, sizeof(err)) != 0) {
		struct diag_loc l = *valloc;

		if (l.col > 0)
			l.len = strlen(raw) > 0 ? (int)strlen(raw) : 1;
		if (l.col > 0 && val.bad != NULL && val.bad[0] != '\0') {
			/* the caret on the item at fault */
			const char *at = strstr(raw, val.bad);

			if (at != NULL) {
				l.col += (int)(at - raw);
				l.len = (int)strlen(val.bad);
			}
		}
		merror(m, &l, "invalid value for option %s%s%s: %s", def->name,
		    sub ? "." : "", sub ? sub : "", err);
		free(raw);
		optval_free(&val);
		return -1;
	}
	if (def->cond != NULL)
		mwarning(m, valloc, "option %s exists only in a sendmail "
		    "built with %s (Debian's 8.17 refuses it)", def->name,
		    def->cond);
	GROW(m->options, m->noptions);
	o = &m->options[m->noptions++];
	o->def = def;
	o->sub = sub ? xstrdup(sub) : NULL;
	o->raw = raw;
	if (strcmp(def->name, "OperatorChars") == 0)
		m->opchars = (long)(m->noptions - 1);
	o->bare = value == NULL;
	o->val = val;
	o->loc = *valloc;
	return 0;
}

int
model_add_option(struct model *m, const char *name, int longform,
    const char *value, const struct diag_loc *nameloc,
    const struct diag_loc *valloc)
{
	const struct optdef *def;
	const char *dot, *why, *sub = NULL;
	size_t baselen;
	int abbrev = 0;

	if (!longform) {
		if (value == NULL)
			value = "";
		if (name[0] == 'M') {
			/* OMxvalue: the old way to define macro x */
			if (value[0] == '\0') {
				merror(m, valloc, "option M: macro name "
				    "expected");
				return -1;
			}
			{
				char n[2] = { value[0], '\0' };
				return model_add_macro(m, n, value + 1, nameloc);
			}
		}
		if ((def = opt_by_letter((unsigned char)name[0])) == NULL) {
			merror(m, nameloc, "unknown option letter '%c'",
			    name[0]);
			return -1;
		}
		return store_option(m, def, NULL, value, valloc);
	}
	dot = strchr(name, '.');
	baselen = dot ? (size_t)(dot - name) : strlen(name);
	def = opt_lookup(name, baselen, &why, &abbrev);
	if (def == NULL) {
		merror(m, nameloc, "%s option name '%.*s'", why, (int)baselen,
		    name);
		return -1;
	}
	if (abbrev)
		mwarning(m, nameloc, "option '%.*s' used as an abbreviation "
		    "for '%s'", (int)baselen, name, def->name);
	if (dot != NULL) {
		sub = dot + 1;
		if (def->type == OPT_TIMEOUT) {
			if (!known_sub(opt_timeouts, sub)) {
				merror(m, nameloc, "unknown timeout '%s'", sub);
				return -1;
			}
		} else if (def->type == OPT_MILTER) {
			if (!known_sub(opt_milter_subs, sub)) {
				merror(m, nameloc, "unknown milter option "
				    "'%s'", sub);
				return -1;
			}
		} else {
			merror(m, nameloc, "option %s takes no sub-option "
			    "('.%s')", def->name, sub);
			return -1;
		}
	} else if (def->type == OPT_MILTER) {
		merror(m, nameloc, "option Milter needs a sub-option, as in "
		    "Milter.LogLevel or Milter.macros.connect");
		return -1;
	}
	return store_option(m, def, sub, value, valloc);
}

/* --- K ----------------------------------------------------------------- */

static const char *const map_classes[] = {
	"arith", "bestmx", "btree", "cdb", "dbm", "dequote", "dns", "hash",
	"hesiod", "host", "implicit", "ldap", "macro", "netinfo", "nis",
	"nisplus", "nsd", "null", "program", "regex", "sequence", "socket",
	"stab", "storage", "switch", "syslog", "text", "user", "userdb",
	NULL
};

/* Map classes whose first non-flag argument is a file. */
static const char *const file_classes[] = {
	"btree", "cdb", "dbm", "hash", "implicit", "text", NULL
};

static int
in_list(const char *const *list, const char *s)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strcmp(list[i], s) == 0)
			return 1;
	return 0;
}

/*
 * Flags of map classes whose argument may follow after blanks ("-R A"
 * for dns, "-h host" for ldap); for the others it is attached ("-a.").
 */
static const char *
separated_flags(const char *mclass)
{
	if (strcmp(mclass, "dns") == 0)
		return "BRZdrz";
	if (strcmp(mclass, "ldap") == 0)
		return "HMPVZbdhklprsvwz";
	return "";
}

/* Next argument of a K line: blank-separated, "..." kept together. */
static const char *
next_arg(const char *p, const char **start, size_t *len)
{
	const char *e;

	while (*p == ' ' || *p == '\t' || *p == '\n')
		p++;
	if (*p == '\0')
		return NULL;
	for (e = p; *e != '\0' && *e != ' ' && *e != '\t' && *e != '\n'; e++)
		if (*e == '"') {
			const char *q = strchr(e + 1, '"');

			if (q == NULL)
				break;
			e = q;
		}
	if (*e == '"')
		e += strlen(e);
	*start = p;
	*len = (size_t)(e - p);
	return e;
}

int
model_add_map(struct model *m, const char *name, const char *mclass,
    const char *args, const struct diag_loc *loc)
{
	const char *sep = separated_flags(mclass), *p = args, *a, *b;
	int isfile = in_list(file_classes, mclass), flags = 1;
	struct model_map *mp;
	size_t alen, blen;

	if (!in_list(map_classes, mclass)) {
		struct diag_loc l = *loc;

		/* the statement's span ends with the class */
		if (l.col > 0 && (size_t)l.len > strlen(mclass))
			l = subloc(loc, (size_t)l.len - strlen(mclass),
			    strlen(mclass));
		merror(m, &l, "map %s: unknown map class '%s'", name, mclass);
		return -1;
	}
	GROW(m->maps, m->nmaps);
	mp = &m->maps[m->nmaps++];
	memset(mp, 0, sizeof(*mp));
	mp->name = xstrdup(name);
	mp->mclass = xstrdup(mclass);
	mp->loc = *loc;
	while ((p = next_arg(p, &a, &alen)) != NULL) {
		GROW(mp->args, mp->nargs);
		mp->args[mp->nargs++] = xstrndup(a, alen);
		if (flags && a[0] == '-' && alen > 1) {
			struct model_mapflag *f;
			const char *q;

			GROW(mp->flags, mp->nflags);
			f = &mp->flags[mp->nflags++];
			f->flag = a[1];
			f->arg = xstrndup(a + 2, alen - 2);
			if (alen == 2 && strchr(sep, a[1]) != NULL &&
			    (q = next_arg(p, &b, &blen)) != NULL && b[0] != '-') {
				free(f->arg);
				f->arg = xstrndup(b, blen);
				GROW(mp->args, mp->nargs);
				mp->args[mp->nargs++] = xstrndup(b, blen);
				p = q;
			}
			continue;
		}
		if (flags) {
			/* the first non-flag argument */
			flags = 0;
			if (isfile)
				mp->file = xstrndup(a, alen);
			else
				mp->spec = trimdup(a);
		} else if (isfile && mp->spec == NULL)
			mp->spec = trimdup(a);
	}
	return 0;
}

/* --- M, Q, X ----------------------------------------------------------- */

/* X line T=C:5m;S:10s;R:10s;E:5m (connect, send, read, end of message) */
static int
check_milter_timeouts(struct model *m, const char *name,
    const struct model_field *f)
{
	char *t = xstrdup(f->value), *item, *save = NULL;
	long long v;
	int rc = 0;

	for (item = strtok_r(t, ";", &save); item != NULL;
	    item = strtok_r(NULL, ";", &save)) {
		while (*item == ' ')
			item++;
		if (item[0] == '\0')
			continue;
		if (strchr("CSRE", item[0]) == NULL || item[1] != ':' ||
		    opt_parse_duration(item + 2, 's', 0, &v) != 0) {
			merror(m, &f->loc, "mail filter %s: T= entry '%s' is "
			    "not C:, S:, R: or E: and a duration", name, item);
			rc = -1;
			break;
		}
	}
	free(t);
	return rc;
}

static int
check_field(struct model *m, int kind, const char *name,
    const struct model_field *f)
{
	const char *codes, *what;
	long long v;

	switch (kind) {
	case 'M':
		codes = "ACDEFLMNPQRSTUWmr";
		what = "mailer";
		break;
	case 'Q':
		codes = "FIJNPRr";
		what = "queue group";
		break;
	default:
		codes = "FST";
		what = "mail filter";
		break;
	}
	if (strchr(codes, f->code) == NULL) {
		merror(m, &f->loc, "%s %s: unknown field '%s=' (known: %s)",
		    what, name, f->key, codes);
		return -1;
	}
	if (kind == 'M' && strchr("LMmr", f->code) != NULL &&
	    parse_int(f->value, 0, LLONG_MAX, &v) != 0) {
		merror(m, &f->loc, "mailer %s: %s= needs a non-negative "
		    "number, not '%s'", name, f->key, f->value);
		return -1;
	}
	if (kind == 'Q' && strchr("JNRr", f->code) != NULL &&
	    parse_int(f->value, f->code == 'N' ? -20 : 0, INT_MAX, &v) != 0) {
		merror(m, &f->loc, "queue group %s: %s= needs a number, not "
		    "'%s'", name, f->key, f->value);
		return -1;
	}
	if ((kind == 'Q' && f->code == 'I') || (kind == 'M' && f->code == 'W')) {
		if (opt_parse_duration(f->value, kind == 'Q' ? 'm' : 's', 0,
		    &v) != 0) {
			merror(m, &f->loc, "%s %s: %s= needs a duration (as in "
			    "10m), not '%s'", what, name, f->key, f->value);
			return -1;
		}
	}
	if (kind == 'X' && f->code == 'T')
		return check_milter_timeouts(m, name, f);
	if (kind == 'X' && f->code == 'F' &&
	    (strlen(f->value) > 1 || strchr("RT", f->value[0]) == NULL)) {
		merror(m, &f->loc, "mail filter %s: F= is R (reject when the "
		    "filter is down) or T (tempfail), not '%s'", name,
		    f->value);
		return -1;
	}
	if (kind == 'M' && f->code == 'N' &&
	    parse_int(f->value, -20, 20, &v) != 0) {
		merror(m, &f->loc, "mailer %s: N= needs a nice value from -20 "
		    "to 20, not '%s'", name, f->value);
		return -1;
	}
	return 0;
}

static int find_ruleset(const struct model *, const char *, int);

/*
 * S= and R= name the rewriting rulesets of a mailer ("EnvFromL/HdrFromL").
 * The cf kit names rulesets declared further down (the local mailer uses
 * EnvFromSMTP of the smtp mailer), so this runs at the end.
 */
static int
check_mailer_rulesets(struct model *m, const struct model_mailer *mm)
{
	size_t i;
	int bad = 0;

	for (i = 0; i < mm->nfields; i++) {
		const struct model_field *f = &mm->fields[i];
		const char *p, *e;

		if (f->code != 'S' && f->code != 'R')
			continue;
		for (p = f->value; *p != '\0'; p = *e ? e + 1 : e) {
			char *rs;

			e = strchr(p, '/');
			if (e == NULL)
				e = p + strlen(p);
			rs = xstrndup(p, (size_t)(e - p));
			if (rs[0] != '\0' && !isdigit((unsigned char)rs[0]) &&
			    find_ruleset(m, rs, -1) < 0) {
				merror(m, &f->loc, "mailer %s: ruleset %s is not "
				    "declared anywhere", mm->name, rs);
				bad = 1;
			}
			free(rs);
		}
	}
	return bad ? -1 : 0;
}

int
model_add_fielded(struct model *m, int kind, const char *name, char **fields,
    const struct diag_loc *fieldlocs, size_t n, const struct diag_loc *loc)
{
	struct model_mailer mm, **arr;
	size_t *narr, i;
	int bad = 0, hasp = 0, hasa = 0;

	memset(&mm, 0, sizeof(mm));
	mm.name = xstrdup(name);
	mm.loc = *loc;
	mm.fields = xcalloc(n + 1, sizeof(*mm.fields));
	for (i = 0; i < n; i++) {
		struct model_field *f = &mm.fields[mm.nfields];
		const char *eq = strchr(fields[i], '=');
		char *key;

		key = xstrndup(fields[i], (size_t)(eq - fields[i]));
		f->key = trimdup(key);
		free(key);
		f->value = trimdup(eq + 1);
		f->code = f->key[0];
		f->loc = fieldlocs[i];
		mm.nfields++;
		if (check_field(m, kind, name, f) != 0)
			bad = 1;
		hasp |= f->code == 'P';
		hasa |= f->code == 'A';
	}
	if (kind == 'M' && !bad && (!hasp || !hasa)) {
		merror(m, loc, "mailer %s: %s= must be given", name,
		    !hasp ? "P" : "A");
		bad = 1;
	}
	if (kind == 'M' && !bad) {
		for (i = 0; i < mm.nfields; i++) {
			const struct model_field *f = &mm.fields[i];
			size_t q;

			if (f->code != 'Q' || strcmp(f->value, "mqueue") == 0)
				continue;
			for (q = 0; q < m->nqgroups; q++)
				if (strcmp(m->qgroups[q].name, f->value) == 0)
					break;
			if (q == m->nqgroups) {
				/* sendmail 8.17 refuses such a cf ("mailer
				   prog: unknown queue progq", -bv exits 70),
				   although the cf kit writes it silently */
				merror(m, &f->loc, "mailer %s: unknown queue "
				    "group '%s' (a Q line must declare it "
				    "first; sendmail refuses the cf: \"unknown "
				    "queue %s\")", name, f->value, f->value);
				bad = 1;
			}
		}
	}
	if (kind == 'X' && !bad) {
		for (i = 0; i < mm.nfields; i++)
			if (mm.fields[i].code == 'S')
				break;
		if (i == mm.nfields) {
			merror(m, loc, "mail filter %s: S= (the socket) must "
			    "be given", name);
			bad = 1;
		}
	}
	if (bad) {
		free_fielded((struct model_mailer *)xmemdup(&mm, sizeof(mm)),
		    1);
		return -1;
	}
	if (kind == 'M') {
		arr = &m->mailers;
		narr = &m->nmailers;
	} else if (kind == 'Q') {
		arr = &m->qgroups;
		narr = &m->nqgroups;
	} else {
		arr = &m->milters;
		narr = &m->nmilters;
	}
	*arr = xreallocarray(*arr, *narr + 1, sizeof(**arr));
	(*arr)[(*narr)++] = mm;
	return 0;
}

/* --- H ----------------------------------------------------------------- */

int
model_add_header(struct model *m, const char *cond, const char *name,
    const char *value, const struct diag_loc *loc)
{
	struct model_header *h;
	const char *p;

	for (p = name; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || *p == 0x7f) {
			merror(m, loc, "header name '%s' contains a control "
			    "character", name);
			return -1;
		}
	GROW(m->headers, m->nheaders);
	h = &m->headers[m->nheaders++];
	h->cond = cond ? xstrdup(cond) : NULL;
	h->name = xstrdup(name);
	h->value = xstrdup(value);
	h->loc = *loc;
	return 0;
}

/* --- S, R -------------------------------------------------------------- */

static int
find_ruleset(const struct model *m, const char *name, int number)
{
	size_t i;

	for (i = 0; i < m->nrulesets; i++) {
		if (number >= 0 && m->rulesets[i].number == number)
			return (int)i;
		if (name != NULL && strcmp(m->rulesets[i].name, name) == 0)
			return (int)i;
	}
	return -1;
}

static int
new_ruleset(struct model *m, const char *name, int number,
    const struct diag_loc *loc)
{
	struct model_ruleset *rs;

	GROW(m->rulesets, m->nrulesets);
	rs = &m->rulesets[m->nrulesets];
	memset(rs, 0, sizeof(*rs));
	rs->name = xstrdup(name);
	rs->number = number;
	rs->loc = *loc;
	return (int)m->nrulesets++;
}

int
model_add_ruleset(struct model *m, const char *name, const char *number,
    const struct diag_loc *loc)
{
	long long num = -1;
	int i, byname;

	byname = !isdigit((unsigned char)name[0]);
	if (!byname) {
		if (parse_int(name, 0, MAX_RULESETS - 1, &num) != 0) {
			merror(m, loc, "ruleset number '%s' out of range "
			    "(0 to %d)", name, MAX_RULESETS - 1);
			return -1;
		}
		if (number != NULL) {
			merror(m, loc, "ruleset %s: a numbered ruleset takes "
			    "no '='", name);
			return -1;
		}
	} else {
		const char *p;

		for (p = name; *p != '\0'; p++)
			if (!isalnum((unsigned char)*p) && *p != '_') {
				merror(m, loc, "ruleset name '%s': only "
				    "letters, digits and '_' are allowed",
				    name);
				return -1;
			}
		if (number != NULL &&
		    parse_int(number, 0, MAX_RULESETS - 1, &num) != 0) {
			merror(m, loc, "ruleset %s: number '%s' out of range "
			    "(0 to %d)", name, number, MAX_RULESETS - 1);
			return -1;
		}
	}
	i = find_ruleset(m, name, (int)num);
	if (i >= 0 && num >= 0 && m->rulesets[i].number >= 0 &&
	    m->rulesets[i].number != num) {
		merror(m, loc, "ruleset %s redefined with number %lld "
		    "(was %d)", name, num, m->rulesets[i].number);
		return -1;
	}
	if (i >= 0 && byname && strcmp(m->rulesets[i].name, name) != 0 &&
	    isalpha((unsigned char)m->rulesets[i].name[0])) {
		merror(m, loc, "ruleset number %lld is already used by "
		    "ruleset %s", num, m->rulesets[i].name);
		return -1;
	}
	if (i < 0)
		i = new_ruleset(m, name, (int)num, loc);
	else if (byname && !isalpha((unsigned char)m->rulesets[i].name[0])) {
		/* "S3" first, "Scanonify=3" later: keep the name */
		free(m->rulesets[i].name);
		m->rulesets[i].name = xstrdup(name);
	}
	if (m->rulesets[i].number < 0 && num >= 0)
		m->rulesets[i].number = (int)num;
	m->cur_ruleset = i;
	return 0;
}

const char *
model_operator_chars(const struct model *m)
{
	return m->opchars >= 0 ? m->options[m->opchars].raw : ".:@[]";
}

/* Glue the scanner's pieces into sendmail tokens. */
static struct cf_tok *
glue(const struct model *m, const struct cf_piece *p, size_t *np)
{
	const char *ops = model_operator_chars(m);
	struct cf_tok *t = NULL;
	size_t n = 0;
	int open = 0;	/* the last token is an atom that may grow */

	for (; p != NULL; p = p->next) {
		int isop = p->kind == CFT_OPER &&
		    (strchr(ops, p->text[0]) != NULL ||
		    strchr("()<>,;", p->text[0]) != NULL);
		int atomish = p->kind == CFT_ATOM ||
		    (p->kind == CFT_OPER && !isop);

		if (atomish && open && !p->spaced) {
			char *s = xasprintf("%s%s", t[n - 1].text, p->text);

			free(t[n - 1].text);
			t[n - 1].text = s;
			continue;
		}
		GROW(t, n);
		t[n].kind = atomish ? CFT_ATOM : p->kind;
		t[n].text = xstrdup(p->text);
		n++;
		open = atomish;
	}
	*np = n;
	return t;
}

/*
 * What sendmail's readcf() refuses in a rule: a replacement ($1..$9) on
 * the left, a pattern operator ($* $+ $- $= $~) on the right, and a
 * replacement beyond the number of patterns on the left.
 */
static int
check_rule(struct model *m, const struct cf_piece *lhs,
    const struct cf_piece *rhs, const struct diag_loc *loc)
{
	const struct cf_piece *p;
	struct diag_loc l;
	int npat = 0, bad = 0;

	for (p = lhs; p != NULL; p = p->next) {
		l = *loc;
		l.col = p->col;
		l.len = (int)strlen(p->text) + (p->kind == CFT_REPL ? 1 : 0);
		if (p->kind == CFT_REPL) {
			merror(m, &l, "$%s on the left-hand side: replacements "
			    "belong on the right", p->text);
			bad = 1;
		} else if (p->kind == CFT_ZANY || p->kind == CFT_ANY ||
		    p->kind == CFT_ONE || p->kind == CFT_CLASS ||
		    p->kind == CFT_NCLASS)
			npat++;
	}
	for (p = rhs; p != NULL; p = p->next) {
		l = *loc;
		l.col = p->col;
		l.len = 2;
		if (p->kind == CFT_ZANY || p->kind == CFT_ANY ||
		    p->kind == CFT_ONE || p->kind == CFT_CLASS ||
		    p->kind == CFT_NCLASS) {
			merror(m, &l, "pattern operator on the right-hand side: "
			    "it matches nothing there");
			bad = 1;
		} else if (p->kind == CFT_REPL && p->text[0] - '0' > npat) {
			merror(m, &l, "$%s refers to pattern %d, but the "
			    "left-hand side has %d", p->text, p->text[0] - '0',
			    npat);
			bad = 1;
		}
	}
	return bad ? -1 : 0;
}

int
model_add_rule(struct model *m, struct cf_piece *lhs, struct cf_piece *rhs,
    char *comment, const struct diag_loc *loc)
{
	struct model_ruleset *rs;
	struct model_rule *r;
	int rc = -1;

	if (m->cur_ruleset < 0) {
		merror(m, loc, "R line outside a ruleset: an S line must "
		    "come first");
		goto out;
	}
	if (lhs == NULL) {
		merror(m, loc, "R line: the left-hand side is empty");
		goto out;
	}
	if (check_rule(m, lhs, rhs, loc) != 0)
		goto out;
	rs = &m->rulesets[m->cur_ruleset];
	GROW(rs->rules, rs->nrules);
	r = &rs->rules[rs->nrules++];
	memset(r, 0, sizeof(*r));
	r->lhs = glue(m, lhs, &r->nlhs);
	r->rhs = glue(m, rhs, &r->nrhs);
	if (comment != NULL) {
		r->comment = trimdup(comment);
		if (r->comment[0] == '\0') {
			free(r->comment);
			r->comment = NULL;
		}
	}
	r->loc = *loc;
	rc = 0;
out:
	cf_piece_free(lhs);
	cf_piece_free(rhs);
	free(comment);
	return rc;
}

/* --- P, T, E ----------------------------------------------------------- */

int
model_add_prec(struct model *m, const char *text, const struct diag_loc *loc)
{
	char *t = trimdup(text), *eq;
	struct model_prec *p;
	long long v;

	if ((eq = strchr(t, '=')) == NULL || eq == t) {
		merror(m, loc, "P line: 'name=number' expected, as in "
		    "'Pbulk=-60'");
		free(t);
		return -1;
	}
	*eq = '\0';
	if (parse_int(eq + 1, INT_MIN, INT_MAX, &v) != 0) {
		struct diag_loc l = subloc(loc, (size_t)(eq + 1 - t),
		    strlen(eq + 1));
		merror(m, &l, "precedence %s: '%s' is not a number", t, eq + 1);
		free(t);
		return -1;
	}
	GROW(m->precs, m->nprecs);
	p = &m->precs[m->nprecs++];
	p->name = xstrdup(t);
	p->value = (int)v;
	p->loc = *loc;
	free(t);
	return 0;
}

int
model_add_trusted(struct model *m, char **users, size_t n,
    const struct diag_loc *loc)
{
	struct model_trusted *t;
	size_t i;

	GROW(m->trusted, m->ntrusted);
	t = &m->trusted[m->ntrusted++];
	t->users = xcalloc(n + 1, sizeof(*t->users));
	for (i = 0; i < n; i++)
		t->users[i] = xstrdup(users[i]);
	t->nusers = n;
	t->loc = *loc;
	return 0;
}

int
model_add_env(struct model *m, const char *text, const struct diag_loc *loc)
{
	char *t, *eq;
	struct model_env *e;

	if (text[0] == ' ' || text[0] == '\t') {
		merror(m, loc, "E line: no blank is allowed before the "
		    "variable name (sendmail would make it part of the name)");
		return -1;
	}
	t = trimdup(text);
	if (t[0] == '\0' || t[0] == '=') {
		merror(m, loc, "E line: environment variable name expected");
		free(t);
		return -1;
	}
	GROW(m->envs, m->nenvs);
	e = &m->envs[m->nenvs++];
	if ((eq = strchr(t, '=')) != NULL) {
		e->name = xstrndup(t, (size_t)(eq - t));
		e->value = xstrdup(eq + 1);
	} else {
		e->name = xstrdup(t);
		e->value = NULL;
	}
	e->loc = *loc;
	free(t);
	return 0;
}

/* --- @ directives ------------------------------------------------------ */

static const struct {
	const char	*name;
	int		 min, max;	/* argument counts; -1: any */
} directives[] = {
	{ "loc", 2, 2 },
	{ "feature", 1, -1 },
	{ "mailer", 1, 1 },
	{ "ostype", 1, 1 },
	{ "domain", 1, 1 },
	{ "hack", 1, -1 },
	{ "define", 1, 2 },
	{ "class", 1, -1 },
	{ "section", 1, 1 },
	{ "endsection", 0, 0 },
	{ "error", 1, 1 },
	{ "warning", 1, 1 },
	{ "unknown", 2, -1 },	/* KIND NAME after an @error (cf-templates) */
	{ "note", 3, 3 },	/* FILE LINE TEXT: an @error's second place */
};

#define NDIRECTIVES (sizeof(directives) / sizeof(directives[0]))

/*
 * The .mc macros that carry raw cf text (cf/m4/cfhead.m4), and the
 * ruleset the cf kit puts their rules in (NULL: the text brings its own
 * S lines, or holds no rules).
 */
static const struct {
	const char	*name;
	const char	*ruleset;
} sections[] = {
	{ "LOCAL_CONFIG", NULL }, { "LOCAL_RULESETS", NULL },
	{ "LOCAL_RULE_0", "98" }, { "LOCAL_RULE_1", "1" },
	{ "LOCAL_RULE_2", "2" }, { "LOCAL_RULE_3", "3" },
	{ "LOCAL_NET_CONFIG", "Parse1" },
	{ "LOCAL_SRV_FEATURES", "Local_srv_features" },
	{ "LOCAL_CLT_FEATURES", "Local_clt_features" },
	{ "LOCAL_TRY_TLS", "Local_try_tls" },
	{ "LOCAL_TLS_RCPT", "Local_tls_rcpt" },
	{ "LOCAL_TLS_CLIENT", "Local_tls_client" },
	{ "LOCAL_TLS_SERVER", "Local_tls_server" },
	/* the kit splices LOCAL_DNSBL after the DNS lists' rules of
	   Basic_check_relay (proto.m4's undivert(8)) */
	{ "LOCAL_UUCP", NULL }, { "LOCAL_DNSBL", "Basic_check_relay" },
	{ "MAILER_DEFINITIONS", NULL },
};

#define NSECTIONS (sizeof(sections) / sizeof(sections[0]))

static int
find_section(const char *name)
{
	size_t i;

	for (i = 0; i < NSECTIONS; i++)
		if (strcmp(sections[i].name, name) == 0)
			return (int)i;
	return -1;
}

static void
enter_section(struct model *m, int sec, const struct diag_loc *loc)
{
	free(m->section);
	m->section = xstrdup(sections[sec].name);
	m->section_loc = *loc;
	m->cur_ruleset = -1;
	if (sections[sec].ruleset != NULL)
		model_add_ruleset(m, sections[sec].ruleset, NULL, loc);
}

int
model_add_directive(struct model *m, const char *keyword, char **args,
    size_t n, const struct diag_loc *loc)
{
	struct model_directive *d;
	size_t i;
	long long line;

	for (i = 0; i < NDIRECTIVES; i++)
		if (strcmp(directives[i].name, keyword) == 0)
			break;
	if (i == NDIRECTIVES) {
		merror(m, loc, "unknown directive '@%s'", keyword);
		return -1;
	}
	if ((int)n < directives[i].min ||
	    (directives[i].max >= 0 && (int)n > directives[i].max)) {
		merror(m, loc, "@%s takes %d%s argument%s, not %zu", keyword,
		    directives[i].min, directives[i].max < 0 ? " or more" :
		    directives[i].max > directives[i].min ? " or 2" : "",
		    directives[i].min == 1 && directives[i].max == 1 ? "" : "s",
		    n);
		return -1;
	}
	if (strcmp(keyword, "loc") == 0) {
		if (parse_int(args[1], 0, INT_MAX, &line) != 0) {
			merror(m, loc, "@loc: line number expected, not '%s'",
			    args[1]);
			return -1;
		}
		m->mcloc = diag_at(model_intern(m, args[0]), (int)line);
		GROWCAP(m->locmap, m->nlocmap, m->caplocmap);
		m->locmap[m->nlocmap].irfile = loc->file;
		m->locmap[m->nlocmap].irline = loc->line;
		m->locmap[m->nlocmap].mc = m->mcloc;
		m->locmap[m->nlocmap].counting = m->section != NULL;
		m->nlocmap++;
		return 0;
	}
	if (strcmp(keyword, "error") == 0 || strcmp(keyword, "warning") == 0) {
		struct diag_loc mc = model_mc_loc(m, loc);
		const struct diag_loc *at = mc.file ? &mc : loc;

		if (keyword[0] == 'e')
			diag_error(at, "%s", args[0]);
		else
			diag_warning(at, "%s", args[0]);
		if (at != loc)
			diag_note(loc, "reported by the configuration "
			    "templates here");
		return keyword[0] == 'e' ? -1 : 0;
	}
	if (strcmp(keyword, "note") == 0) {
		/* the second location of an @error: printed with it by
		   whoever reports the @error lines (build.c, lint.c) */
		if (parse_int(args[1], 1, INT_MAX, &line) != 0) {
			merror(m, loc, "@note: line number expected, not '%s'",
			    args[1]);
			return -1;
		}
		return 0;
	}
	if (strcmp(keyword, "section") == 0) {
		int sec = find_section(args[0]);

		if (sec < 0) {
			merror(m, loc, "@section: unknown section '%s'", args[0]);
			return -1;
		}
		if (m->section != NULL) {
			merror(m, loc, "@section %s inside section %s: "
			    "@endsection is missing", args[0], m->section);
			return -1;
		}
		enter_section(m, sec, loc);
	} else if (strcmp(keyword, "endsection") == 0) {
		if (m->section == NULL) {
			merror(m, loc, "@endsection without @section");
			return -1;
		}
		free(m->section);
		m->section = NULL;
		m->cur_ruleset = -1;
		/* the raw text's line count ends here, until the next @loc */
		GROWCAP(m->locmap, m->nlocmap, m->caplocmap);
		memset(&m->locmap[m->nlocmap], 0, sizeof(*m->locmap));
		m->locmap[m->nlocmap].irfile = loc->file;
		m->locmap[m->nlocmap].irline = loc->line;
		m->nlocmap++;
	}
	GROWCAP(m->directives, m->ndirectives, m->capdirectives);
	d = &m->directives[m->ndirectives++];
	d->keyword = xstrdup(keyword);
	d->args = xcalloc(n + 1, sizeof(*d->args));
	for (i = 0; i < n; i++)
		d->args[i] = xstrdup(args[i]);
	d->nargs = n;
	d->loc = *loc;
	d->mcloc = model_mc_loc(m, loc);
	return 0;
}

/* --- the end of the input ------------------------------------------------ */

int
model_finish(struct model *m, const struct diag_loc *eof)
{
	size_t i;
	int bad = 0;

	/* In the IR the stock rulesets are implied by the features, not
	   written out: only a sendmail.cf must declare them. */
	if (m->ndirectives == 0 && m->mcloc.file == NULL)
		for (i = 0; i < m->nmailers; i++)
			if (check_mailer_rulesets(m, &m->mailers[i]) != 0)
				bad = 1;
	if (m->section != NULL) {
		merror(m, m->section_loc.file ? &m->section_loc : eof,
		    "@section %s is not ended (@endsection is missing)",
		    m->section);
		bad = 1;
	}
	return bad ? -1 : 0;
}

/* --- queries ------------------------------------------------------------ */

const struct model_option *
model_option(const struct model *m, const char *name, const char *sub)
{
	size_t i;

	for (i = m->noptions; i-- > 0; ) {
		const struct model_option *o = &m->options[i];

		if (strcasecmp(o->def->name, name) != 0)
			continue;
		if ((sub == NULL) != (o->sub == NULL))
			continue;
		if (sub != NULL && strcasecmp(sub, o->sub) != 0)
			continue;
		return o;
	}
	return NULL;
}

const char *
model_macro(const struct model *m, const char *name)
{
	size_t i;

	for (i = m->nmacros; i-- > 0; )
		if (strcmp(m->macros[i].name, name) == 0)
			return m->macros[i].value;
	return NULL;
}

int
model_class_has(const struct model *m, const char *name, const char *word)
{
	size_t i, j;

	for (i = 0; i < m->nclasses; i++) {
		const struct model_classdecl *c = &m->classes[i];

		if (c->kind != CLASS_WORDS || strcmp(c->name, name) != 0)
			continue;
		for (j = 0; j < c->nwords; j++)
			if (strcmp(c->words[j], word) == 0)
				return 1;
	}
	return 0;
}

const struct model_ruleset *
model_ruleset(const struct model *m, const char *name)
{
	long long num = -1;
	int i;

	if (isdigit((unsigned char)name[0]))
		(void)parse_int(name, 0, MAX_RULESETS - 1, &num);
	i = find_ruleset(m, num >= 0 ? NULL : name, (int)num);
	return i >= 0 ? &m->rulesets[i] : NULL;
}

void
model_format_tokens(struct strbuf *sb, const struct cf_tok *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_addc(sb, ' ');
		switch (t[i].kind) {
		case CFT_ATOM:
		case CFT_OPER:
			strbuf_adds(sb, t[i].text);
			break;
		case CFT_ZANY:
		case CFT_ANY:
		case CFT_ONE:
			strbuf_adds(sb, t[i].text);
			break;
		case CFT_CLASS:
		case CFT_NCLASS:
		case CFT_DEFER:
		case CFT_MACRO:
			strbuf_addf(sb, "$%s%s%s%s", t[i].kind == CFT_CLASS ?
			    "=" : t[i].kind == CFT_NCLASS ? "~" :
			    t[i].kind == CFT_DEFER ? "&" : "",
			    t[i].text[1] != '\0' ? "{" : "", t[i].text,
			    t[i].text[1] != '\0' ? "}" : "");
			break;
		case CFT_REPL:
		case CFT_CTL:
			strbuf_addf(sb, "$%s", t[i].text);
			break;
		}
	}
}
