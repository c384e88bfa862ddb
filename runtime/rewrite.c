/*
 * rewrite.c -- the rewriting-rule engine (see rewrite.h): compiles R lines
 * into token programs and runs them with sendmail's matching semantics.
 *
 * Matching: $* any run (possibly empty), $+ a non-empty run, $- one
 * token, $@ no token, $=X a class member (one or more tokens), $~X one
 * token not in X.  Each of $* $+ $- $=X $~X binds the next $n.  Runs are
 * tried shortest first and the match backtracks.
 * Rewriting: a rule whose RHS starts with $: is applied once, with $@ it
 * is applied once and the ruleset returns, otherwise it is applied while
 * it matches (up to a loop limit, like sendmail's "Infinite loop").  In
 * the built RHS, $( map ... $) and $[ host $] are evaluated innermost
 * first, then the $>set calls from the right.  A workspace that starts
 * with $# ends the ruleset.
 */
#include <sys/types.h>
#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"
#include "runtime/rewrite.h"
#include "runtime/token.h"
#include "runtime/paddr.h"

enum { K_LIT = RW_OP_LIT, K_ZANY = RW_OP_ZANY, K_ANY = RW_OP_ANY,
	K_ONE = RW_OP_ONE, K_ZERO = RW_OP_ZERO, K_CLASS = RW_OP_CLASS,
	K_NCLASS = RW_OP_NCLASS, K_REPL = RW_OP_REPL, K_DEFMAC = RW_OP_DEFMAC,
	K_CANON = RW_OP_CANON, K_CANONEND = RW_OP_CANONEND,
	K_LOOK = RW_OP_LOOK, K_LOOKEND = RW_OP_LOOKEND, K_HOST = RW_OP_HOST,
	K_USER = RW_OP_USER, K_CALL = RW_OP_CALL, K_NET = RW_OP_NET,
	K_PIPE = RW_OP_PIPE, K_LOADMAC = RW_OP_LOADMAC };

#define MAXLOOP		100
#define MAXDEPTH	50
#define RW_CALL		"\001>"
#define RW_LOOK		"\001("
#define RW_LOOKEND	"\001)"
#define RW_CANON	"\001["
#define RW_CANONEND	"\001]"

struct rtok {
	int	 kind;
	char	*s;
	int	 n;
	int	 a;		/* a table's operand as given (rw_link_code) */
};

struct rprog {
	struct rtok	*v;
	int		 n, cap;
};

struct rule {
	struct rprog	 lhs, rhs;
	const char	*file;
	int		 line;
	int		 coded;		/* from rw_rule_code: operands are indexes */
};

struct ruleset {
	char		*name;
	int		 num;
	struct rule	*r;
	int		 n, cap;
};

enum { MT_REGEX, MT_DEQUOTE, MT_POLICY, MT_HOST, MT_NONE };

struct rwmap {
	char	*name;
	int	 type;
	regex_t	 re;
	int	 re_ok;
	int	 negate, matchonly;
	char	*append;
};

struct rwengine {
	struct ruleset	*sets;
	int		 nsets;
	struct rwmap	*maps;
	int		 nmaps;
	char		**files;	/* owned copies of the rules' files */
	int		 nfiles;
	int		 linked;	/* rw_link(): $> $( carry indexes */
};

struct rwrun {
	const struct rwengine		*e;
	const struct policy_config	*cf;
	rw_macro_fn			 macro;
	void				*arg;
	struct ptrace			*tr;
	int				 depth;
	int				*returned;	/* top level $@ / $# */
};

static void
prog_add(struct rprog *p, int kind, const char *s, int n)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 8;
		p->v = xreallocarray(p->v, p->cap, sizeof(*p->v));
	}
	p->v[p->n].kind = kind;
	p->v[p->n].s = s != NULL ? xstrdup(s) : NULL;
	p->v[p->n].n = n;
	p->v[p->n].a = n;
	p->n++;
}

static void
prog_free(struct rprog *p)
{
	int i;

	for (i = 0; i < p->n; i++)
		free(p->v[i].s);
	free(p->v);
}

/* The engine's copy of a rule's file name (rules keep pointers). */
static const char *
intern_file(struct rwengine *e, const char *file)
{
	int i;

	for (i = e->nfiles - 1; i >= 0; i--)
		if (strcmp(e->files[i], file) == 0)
			return e->files[i];
	e->files = xreallocarray(e->files, e->nfiles + 1, sizeof(*e->files));
	e->files[e->nfiles] = xstrdup(file);
	return e->files[e->nfiles++];
}

struct rwengine *
rw_new(void)
{
	return xcalloc(1, sizeof(struct rwengine));
}

void
rw_free(struct rwengine *e)
{
	int i, j;

	if (e == NULL)
		return;
	for (i = 0; i < e->nsets; i++) {
		for (j = 0; j < e->sets[i].n; j++) {
			prog_free(&e->sets[i].r[j].lhs);
			prog_free(&e->sets[i].r[j].rhs);
		}
		free(e->sets[i].r);
		free(e->sets[i].name);
	}
	free(e->sets);
	for (i = 0; i < e->nmaps; i++) {
		free(e->maps[i].name);
		free(e->maps[i].append);
		if (e->maps[i].re_ok)
			regfree(&e->maps[i].re);
	}
	free(e->maps);
	for (i = 0; i < e->nfiles; i++)
		free(e->files[i]);
	free(e->files);
	free(e);
}

int
rw_find(const struct rwengine *e, const char *name)
{
	int i, num = -1;

	if (e == NULL)
		return -1;
	if (isdigit((unsigned char)name[0]))
		num = atoi(name);
	for (i = 0; i < e->nsets; i++)
		if ((num >= 0 && e->sets[i].num == num) ||
		    (num < 0 && strcmp(e->sets[i].name, name) == 0))
			return i;
	return -1;
}

int
rw_nrules(const struct rwengine *e, int set)
{
	if (e == NULL || set < 0 || set >= e->nsets)
		return 0;
	return e->sets[set].n;
}

int
rw_ruleset(struct rwengine *e, const char *sline)
{
	char name[128];
	const char *eq;
	int num = -1, i;

	while (*sline == ' ' || *sline == '\t')
		sline++;
	snprintf(name, sizeof(name), "%.*s", (int)strcspn(sline, "= \t"),
	    sline);
	if ((eq = strchr(sline, '=')) != NULL)
		num = atoi(eq + 1);
	else if (isdigit((unsigned char)name[0]))
		num = atoi(name);
	if ((i = rw_find(e, name)) >= 0)
		return i;
	e->sets = xreallocarray(e->sets, e->nsets + 1, sizeof(*e->sets));
	memset(&e->sets[e->nsets], 0, sizeof(*e->sets));
	e->sets[e->nsets].name = xstrdup(name);
	e->sets[e->nsets].num = num;
	e->linked = 0;
	return e->nsets++;
}

/* A name after $> $= $~ $& $(: one char, {name} or "name" or a word. */
static const char *
lex_name(const char *p, char *buf, size_t len, int word)
{
	size_t n = 0;

	if (*p == '{') {
		p++;
		while (*p != '\0' && *p != '}' && n + 1 < len)
			buf[n++] = *p++;
		if (*p == '}')
			p++;
	} else if (*p == '"') {
		p++;
		while (*p != '\0' && *p != '"' && n + 1 < len)
			buf[n++] = *p++;
		if (*p == '"')
			p++;
	} else if (word) {
		while (*p == ' ')
			p++;
		while ((isalnum((unsigned char)*p) || *p == '_' ||
		    *p == '-' || *p == '.') && n + 1 < len)
			buf[n++] = *p++;
	} else if (*p != '\0')
		buf[n++] = *p++;
	buf[n] = '\0';
	return p;
}

static int
lex(const char *p, const char *end, int lhs, struct rprog *out,
    rw_macro_fn macro, void *arg, char *err, size_t errlen)
{
	static const char specials[] = ".:%@!^/[]+()<>,;";
	char name[128];
	const char *s;
	struct toks t = TOKS_INIT;
	int i;

	while (p < end) {
		if (isspace((unsigned char)*p)) {
			p++;
			continue;
		}
		if (*p != '$') {
			s = p;
			if (strchr(specials, *p) != NULL)
				p++;
			else if (*p == '"') {
				for (p++; p < end && *p != '"'; p++)
					if (*p == '\\' && p + 1 < end)
						p++;
				if (p < end)
					p++;
			} else
				while (p < end && !isspace((unsigned char)*p) &&
				    strchr(specials, *p) == NULL && *p != '"' &&
				    *p != '$')
					p++;
			snprintf(name, sizeof(name), "%.*s", (int)(p - s), s);
			prog_add(out, K_LIT, name, 0);
			continue;
		}
		p++;
		switch (*p) {
		case '*': prog_add(out, K_ZANY, NULL, 0); p++; break;
		case '+': prog_add(out, K_ANY, NULL, 0); p++; break;
		case '-': prog_add(out, K_ONE, NULL, 0); p++; break;
		case '@':
			prog_add(out, lhs ? K_ZERO : K_HOST, NULL, 0);
			p++;
			break;
		case ':': prog_add(out, K_USER, NULL, 0); p++; break;
		case '#': prog_add(out, K_NET, NULL, 0); p++; break;
		case '|': prog_add(out, K_PIPE, NULL, 0); p++; break;
		case '[': prog_add(out, K_CANON, NULL, 0); p++; break;
		case ']': prog_add(out, K_CANONEND, NULL, 0); p++; break;
		case ')': prog_add(out, K_LOOKEND, NULL, 0); p++; break;
		case '>':
			p = lex_name(p + 1, name, sizeof(name), 1);
			prog_add(out, K_CALL, name, 0);
			break;
		case '(':
			p = lex_name(p + 1, name, sizeof(name), 1);
			prog_add(out, K_LOOK, name, 0);
			break;
		case '&':
			p = lex_name(p + 1, name, sizeof(name), 0);
			prog_add(out, K_DEFMAC, name, 0);
			break;
		case '=':
		case '~':
			i = *p == '=' ? K_CLASS : K_NCLASS;
			p = lex_name(p + 1, name, sizeof(name), 0);
			prog_add(out, i, name, 0);
			break;
		default:
			if (isdigit((unsigned char)*p)) {
				prog_add(out, K_REPL, NULL, *p - '0');
				p++;
				break;
			}
			if ((*p == '{' || isalpha((unsigned char)*p)) &&
			    !lhs) {
				/* on the RHS a macro is read when the rule
				 * runs (${opMode} of FEATURE(redirect)) */
				p = lex_name(p, name, sizeof(name), 0);
				prog_add(out, K_DEFMAC, name, 0);
				break;
			}
			if ((*p == '{' || isalpha((unsigned char)*p)) &&
			    macro == NULL) {
				/* compiling to code: expanded at load */
				p = lex_name(p, name, sizeof(name), 0);
				prog_add(out, K_LOADMAC, name, 0);
				break;
			}
			if (*p == '{' || isalpha((unsigned char)*p)) {
				const char *v;

				p = lex_name(p, name, sizeof(name), 0);
				v = macro != NULL ? macro(arg, name) : NULL;
				tok_clear(&t);
				if (v != NULL)
					tok_split(&t, v);
				for (i = 0; i < t.n; i++)
					prog_add(out, K_LIT, t.v[i], 0);
				break;
			}
			snprintf(err, errlen, "unknown operator $%c", *p);
			tok_free(&t);
			return -1;
		}
	}
	tok_free(&t);
	return 0;
}

int
rw_rule(struct rwengine *e, int set, const char *text, rw_macro_fn macro,
    void *arg, const char *file, int line, char *err, size_t errlen)
{
	struct ruleset *rs;
	struct rule *r;
	const char *tab, *rhs, *rend;

	if (set < 0 || set >= e->nsets) {
		snprintf(err, errlen, "R line outside a ruleset");
		return -1;
	}
	rs = &e->sets[set];
	e->linked = 0;
	tab = strchr(text, '\t');
	if (tab == NULL) {
		snprintf(err, errlen, "R line without a tab between LHS and "
		    "RHS");
		return -1;
	}
	rhs = tab + strspn(tab, "\t");
	rend = strchr(rhs, '\t');
	if (rend == NULL)
		rend = rhs + strlen(rhs);
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 8;
		rs->r = xreallocarray(rs->r, rs->cap, sizeof(*rs->r));
	}
	r = &rs->r[rs->n];
	memset(r, 0, sizeof(*r));
	r->file = intern_file(e, file);
	r->line = line;
	if (lex(text, tab, 1, &r->lhs, macro, arg, err, errlen) != 0 ||
	    lex(rhs, rend, 0, &r->rhs, macro, arg, err, errlen) != 0) {
		prog_free(&r->lhs);
		prog_free(&r->rhs);
		return -1;
	}
	rs->n++;
	return 0;
}

int
rw_compile_side(const char *p, const char *end, int lhs,
    struct rw_code **out, size_t *n, char *err, size_t errlen)
{
	struct rprog pr;
	int i;

	memset(&pr, 0, sizeof(pr));
	*out = NULL;
	*n = 0;
	if (lex(p, end, lhs, &pr, NULL, NULL, err, errlen) != 0) {
		prog_free(&pr);
		return -1;
	}
	*out = xcalloc((size_t)pr.n + 1, sizeof(**out));
	for (i = 0; i < pr.n; i++) {
		(*out)[i].op = (unsigned)pr.v[i].kind;
		(*out)[i].arg = (unsigned)pr.v[i].n;
		(*out)[i].text = pr.v[i].s;	/* moved */
	}
	*n = (size_t)pr.n;
	free(pr.v);
	return 0;
}

void
rw_code_free(struct rw_code *c, size_t n)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < n; i++)
		free(c[i].text);
	free(c);
}

unsigned
rw_code_binds(const struct rw_code *c, size_t n)
{
	unsigned b = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (c[i].op == RW_OP_ZANY || c[i].op == RW_OP_ANY ||
		    c[i].op == RW_OP_ONE || c[i].op == RW_OP_CLASS ||
		    c[i].op == RW_OP_NCLASS)
			b++;
	return b;
}

static void
code_prog(struct rprog *pr, const struct rw_code *c, size_t n,
    rw_macro_fn macro, void *arg)
{
	struct toks t = TOKS_INIT;
	const char *v;
	size_t i;
	int k;

	for (i = 0; i < n; i++) {
		if (c[i].op != RW_OP_LOADMAC) {
			prog_add(pr, (int)c[i].op, c[i].text, (int)c[i].arg);
			continue;
		}
		v = macro != NULL ? macro(arg, c[i].text) : NULL;
		tok_clear(&t);
		if (v != NULL)
			tok_split(&t, v);
		for (k = 0; k < t.n; k++)
			prog_add(pr, K_LIT, t.v[k], 0);
	}
	tok_free(&t);
}

void
rw_rule_code(struct rwengine *e, int set, const struct rw_code *lhs,
    size_t nlhs, const struct rw_code *rhs, size_t nrhs, rw_macro_fn macro,
    void *arg, const char *file, int line)
{
	struct ruleset *rs;
	struct rule *r;

	if (set < 0 || set >= e->nsets)
		return;
	e->linked = 0;
	rs = &e->sets[set];
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 8;
		rs->r = xreallocarray(rs->r, rs->cap, sizeof(*rs->r));
	}
	r = &rs->r[rs->n++];
	memset(r, 0, sizeof(*r));
	r->file = intern_file(e, file);
	r->line = line;
	r->coded = 1;
	code_prog(&r->lhs, lhs, nlhs, macro, arg);
	code_prog(&r->rhs, rhs, nrhs, macro, arg);
}

int
rw_map(struct rwengine *e, const char *kline, char *err, size_t errlen)
{
	char name[128], cls[64];
	const char *p = kline;
	struct rwmap *m;
	/* a regex map matches without case unless -f (sendmail's map
	   default is to fold case; -f keeps it) */
	int n = 0, cflags = REG_EXTENDED | REG_ICASE, rc;

	if (sscanf(p, "%127s %63s %n", name, cls, &n) < 2 || n == 0)
		return 0;
	p += n;
	e->maps = xreallocarray(e->maps, e->nmaps + 1, sizeof(*e->maps));
	m = &e->maps[e->nmaps++];
	memset(m, 0, sizeof(*m));
	e->linked = 0;
	m->name = xstrdup(name);
	if (strcmp(cls, "regex") == 0)
		m->type = MT_REGEX;
	else if (strcmp(cls, "dequote") == 0)
		m->type = MT_DEQUOTE;
	else if (strcmp(cls, "host") == 0)
		m->type = MT_HOST;
	else if (strcmp(cls, "hash") == 0 || strcmp(cls, "btree") == 0 ||
	    strcmp(cls, "dbm") == 0)
		m->type = MT_POLICY;
	else
		m->type = MT_NONE;
	/* flags */
	while (*p == '-') {
		switch (p[1]) {
		case 'n': m->negate = 1; break;
		case 'm': m->matchonly = 1; break;
		case 'f': cflags &= ~REG_ICASE; break;
		case 'b': cflags &= ~REG_EXTENDED; break;
		case 'a':
			free(m->append);
			m->append = xstrndup(p + 2, strcspn(p + 2, " \t"));
			break;
		default: break;
		}
		p += strcspn(p, " \t");
		p += strspn(p, " \t");
	}
	if (m->type == MT_REGEX) {
		if ((rc = regcomp(&m->re, p, cflags)) != 0) {
			char buf[128];

			regerror(rc, &m->re, buf, sizeof(buf));
			snprintf(err, errlen, "map %s: bad regex \"%s\": %s",
			    name, p, buf);
			return -1;
		}
		m->re_ok = 1;
	}
	return 0;
}

/* Class by name: the policy classes first, then the cf's others. */
static const struct pclass *
class_named(const struct policy_config *cf, const char *name)
{
	return policy_class(cf, name);
}

static int
match(const struct rwrun *run, const struct rtok *lhs, int nl, int li,
    const struct toks *ws, int wi, int *bs, int *be, int bi)
{
	const struct rtok *t;
	const struct pclass *c;
	char *j;
	int k, in;

	if (li == nl)
		return wi == ws->n;
	t = &lhs[li];
	switch (t->kind) {
	case K_ZERO:
		return match(run, lhs, nl, li + 1, ws, wi, bs, be, bi);
	case K_ONE:
		if (wi >= ws->n)
			return 0;
		bs[bi] = wi;
		be[bi] = wi + 1;
		return match(run, lhs, nl, li + 1, ws, wi + 1, bs, be, bi + 1);
	case K_ZANY:
	case K_ANY:
		for (k = wi + (t->kind == K_ANY); k <= ws->n; k++) {
			bs[bi] = wi;
			be[bi] = k;
			if (match(run, lhs, nl, li + 1, ws, k, bs, be, bi + 1))
				return 1;
		}
		return 0;
	case K_CLASS:
		c = class_named(run->cf, t->s);
		for (k = wi + 1; c != NULL && k <= ws->n; k++) {
			j = tok_joins(ws, wi, k);
			in = pclass_has(c, j);
			free(j);
			if (!in)
				continue;
			bs[bi] = wi;
			be[bi] = k;
			if (match(run, lhs, nl, li + 1, ws, k, bs, be, bi + 1))
				return 1;
		}
		return 0;
	case K_NCLASS:
		if (wi >= ws->n)
			return 0;
		c = class_named(run->cf, t->s);
		if (c != NULL && pclass_has(c, ws->v[wi]))
			return 0;
		bs[bi] = wi;
		be[bi] = wi + 1;
		return match(run, lhs, nl, li + 1, ws, wi + 1, bs, be, bi + 1);
	case K_PIPE:
		if (wi >= ws->n || strcmp(ws->v[wi], RW_PIPE) != 0)
			return 0;
		return match(run, lhs, nl, li + 1, ws, wi + 1, bs, be, bi);
	case K_NET:
	case K_HOST:
	case K_USER: {
		const char *sp = t->kind == K_NET ? RW_NET :
		    t->kind == K_HOST ? RW_HOST : RW_USER;

		if (wi >= ws->n || strcmp(ws->v[wi], sp) != 0)
			return 0;
		return match(run, lhs, nl, li + 1, ws, wi + 1, bs, be, bi);
	}
	case K_DEFMAC: {
		/* $&x on the LHS matches the macro's current tokens */
		struct toks mt = TOKS_INIT;
		const char *v = run->macro(run->arg, t->s);
		int i, ok = 1;

		tok_split(&mt, v != NULL ? v : "");
		for (i = 0; i < mt.n && ok; i++)
			ok = wi + i < ws->n &&
			    strcasecmp(ws->v[wi + i], mt.v[i]) == 0;
		k = mt.n;
		tok_free(&mt);
		return ok && match(run, lhs, nl, li + 1, ws, wi + k, bs, be,
		    bi);
	}
	default:
		/* RHS-only operators on a LHS ($1, $[, $>) never match */
		if (t->kind != K_LIT || wi >= ws->n ||
		    strcasecmp(ws->v[wi], t->s) != 0)
			return 0;
		return match(run, lhs, nl, li + 1, ws, wi + 1, bs, be, bi);
	}
}

static int run_set(const struct rwrun *, int, struct toks *);

/* $( map key $@ arg ... $: default $) on tokens [from, to). */
/* What rw_link() resolved a $( name to: the engine map's index + 1
 * (0: no K line of the cf's own) times 8, plus the policy map. */
enum { PM_NONE, PM_ACCESS, PM_VIRTUSER, PM_MAILERTABLE, PM_GENERICS,
	PM_DOMAINTABLE, PM_OTHER };

static int
map_link(const struct rwengine *e, const char *mapname)
{
	int i, mi = -1, pk;

	for (i = 0; i < e->nmaps; i++)
		if (strcmp(e->maps[i].name, mapname) == 0)
			mi = i;
	pk = strcmp(mapname, "access") == 0 ? PM_ACCESS :
	    strcmp(mapname, "virtuser") == 0 ? PM_VIRTUSER :
	    strcmp(mapname, "mailertable") == 0 ? PM_MAILERTABLE :
	    strcmp(mapname, "generics") == 0 ? PM_GENERICS :
	    strcmp(mapname, "domaintable") == 0 ? PM_DOMAINTABLE : PM_OTHER;
	return (mi + 1) * 8 + pk;
}

/*
 * A $( or $> token of a built right side: the operator, the name, and
 * when the rules were linked "\001" and the resolved index.  Splits
 * it: *NAMELEN is the name's length; returns 1 and sets *IDX when the
 * index is there.
 */
static int
ref_split(const char *tok, size_t *namelen, int *idx)
{
	const char *m = strchr(tok + 2, '\001');

	if (m == NULL) {
		*namelen = strlen(tok + 2);
		return 0;
	}
	*namelen = (size_t)(m - (tok + 2));
	*idx = atoi(m + 1);
	return 1;
}

static void
do_lookup(const struct rwrun *run, const char *tok,
    const struct toks *in, int from, int to, struct toks *out)
{
	char mapname[128];
	size_t nl;
	int link = 0;
	struct toks key = TOKS_INIT, def = TOKS_INIT;
	char *args[10], *k, *val = NULL;
	int nargs = 0, i, j, part = 0, found = 0, hasdef = 0;
	const struct rwengine *e = run->e;
	struct rwmap *m = NULL;
	struct pmap *pm = NULL;
	struct strbuf sb = STRBUF_INIT;

	for (i = from; i < to; i++) {
		if (strcmp(in->v[i], RW_HOST) == 0) {
			if (nargs < 10) {
				for (j = i + 1; j < to &&
				    strcmp(in->v[j], RW_HOST) != 0 &&
				    strcmp(in->v[j], RW_USER) != 0; j++)
					;
				args[nargs++] = tok_joins(in, i + 1, j);
			}
			part = 1;
			continue;
		}
		if (strcmp(in->v[i], RW_USER) == 0) {
			part = 2;
			hasdef = 1;
			continue;
		}
		if (part == 0)
			tok_push(&key, in->v[i]);
		else if (part == 2)
			tok_push(&def, in->v[i]);
	}
	k = tok_joins(&key, 0, key.n);
	if (!ref_split(tok, &nl, &link))
		link = -1;
	snprintf(mapname, sizeof(mapname), "%.*s", (int)nl, tok + 2);
	if (link < 0)
		link = map_link(e, mapname);
	if (link / 8 > 0 && link / 8 <= e->nmaps)
		m = &e->maps[link / 8 - 1];
	if (m == NULL || m->type == MT_POLICY) {
		switch (link % 8) {
		case PM_ACCESS: pm = run->cf->access; break;
		case PM_VIRTUSER: pm = run->cf->virtuser; break;
		case PM_MAILERTABLE: pm = run->cf->mailertable; break;
		case PM_GENERICS: pm = run->cf->generics; break;
		case PM_DOMAINTABLE: pm = run->cf->domaintable; break;
		default: pm = policy_omap(run->cf, mapname); break;
		}
		if (pm != NULL)
			found = maplook(pm, k, &val, run->tr) == 1;
	} else if (m->type == MT_REGEX) {
		/* keys lose their double quotes, as for every map */
		char *dq = dequote_text(k);
		int rc = regexec(&m->re, dq, 0, NULL, 0);

		free(dq);

		if ((rc == 0) != m->negate) {
			found = 1;
			val = xstrdup(m->matchonly ? k : "");
		}
		ptrace_add(run->tr, "regex map %s: \"%s\" %s", mapname, k,
		    found ? "matches" : "does not match");
	} else if (m->type == MT_DEQUOTE) {
		size_t l = strlen(k);

		if (l >= 2 && k[0] == '"' && k[l - 1] == '"' &&
		    strpbrk(k + 1, " \t<>()\\") == NULL && l > 2) {
			found = 1;
			val = xstrndup(k + 1, l - 2);
		}
	} else if (m->type == MT_HOST) {
		found = resolver_canon(run->cf->res, k, &val) == 1;
	}
	if (found) {
		/* %n substitution, then -a */
		const char *p;

		for (p = val; *p != '\0'; p++) {
			if (*p == '%' && p[1] == '%') {
				strbuf_addc(&sb, '%');
				p++;
			} else if (*p == '%' && isdigit((unsigned char)p[1])) {
				int n = p[1] - '0';

				if (n == 0)
					strbuf_adds(&sb, k);
				else if (n <= nargs)
					strbuf_adds(&sb, args[n - 1]);
				p++;
			} else
				strbuf_addc(&sb, *p);
		}
		if (m != NULL && m->append != NULL)
			strbuf_adds(&sb, m->append);
		if (sb.buf != NULL)
			tok_split(out, sb.buf);
	} else if (hasdef)
		tok_append(out, &def, 0, def.n);
	else
		tok_append(out, &key, 0, key.n);
	strbuf_free(&sb);
	free(val);
	free(k);
	for (i = 0; i < nargs; i++)
		free(args[i]);
	tok_free(&key);
	tok_free(&def);
}

/* Evaluates $( $) and $[ $] innermost first. */
static void
eval_inner(const struct rwrun *run, struct toks *ws)
{
	struct toks out = TOKS_INIT, res = TOKS_INIT;
	int i, open, close;
	char *h, *canon = NULL;

	for (;;) {
		open = -1;
		for (i = 0; i < ws->n; i++)
			if (strncmp(ws->v[i], RW_LOOK, 2) == 0 ||
			    strcmp(ws->v[i], RW_CANON) == 0)
				open = i;
		if (open < 0)
			break;
		for (close = open + 1; close < ws->n; close++)
			if (strcmp(ws->v[close], RW_LOOKEND) == 0 ||
			    strcmp(ws->v[close], RW_CANONEND) == 0)
				break;
		tok_clear(&res);
		if (strcmp(ws->v[open], RW_CANON) == 0) {
			h = tok_joins(ws, open + 1, close);
			if (resolver_canon(run->cf->res, h, &canon) == 1) {
				tok_split(&res, canon);
				tok_push(&res, ".");
			} else
				tok_append(&res, ws, open + 1, close);
			free(canon);
			canon = NULL;
			free(h);
		} else
			do_lookup(run, ws->v[open], ws, open + 1, close, &res);
		tok_append(&out, ws, 0, open);
		tok_append(&out, &res, 0, res.n);
		if (close < ws->n)
			tok_append(&out, ws, close + 1, ws->n);
		tok_free(ws);
		*ws = out;
		memset(&out, 0, sizeof(out));
	}
	tok_free(&res);
}

/*
 * The cf kit's own rulesets a local rule may call with $> when the
 * configuration does not carry them (a .mc or a table: only its local
 * rules are rules here): the engine's C implementation of that stage
 * stands in, returning the workspace sendmail's ruleset returns.  The
 * Local_* hooks that LOCAL_RULESETS did not fill are empty rulesets in
 * the kit's sendmail.cf: the workspace comes back unchanged.  Any other
 * name of the kit is refused when the rules are built (compiler/cftio.c
 * asks rw_stock()).
 */
enum { ST_NONE, ST_CANONIFY, ST_PARSE, ST_PARSE0, ST_PARSE1, ST_FINAL,
	ST_EMPTY };

static const struct stockset {
	const char	*name;
	int		 num;		/* sendmail's number, or -1 */
	int		 kind;
} stocksets[] = {
	{ "canonify", 3, ST_CANONIFY },
	{ "parse", 0, ST_PARSE },
	{ "Parse0", -1, ST_PARSE0 },
	{ "Parse1", -1, ST_PARSE1 },
	{ "final", 4, ST_FINAL },
	{ "Local_localaddr", -1, ST_EMPTY },
	{ "Local_check_relay", -1, ST_EMPTY },
	{ "Local_check_mail", -1, ST_EMPTY },
	{ "Local_check_rcpt", -1, ST_EMPTY },
	{ "Local_trust_auth", -1, ST_EMPTY },
	{ "Local_Relay_Auth", -1, ST_EMPTY },
};

int
rw_stock(const char *name)
{
	size_t i;
	int num = -1;

	if (*name != '\0' && strspn(name, "0123456789") == strlen(name))
		num = atoi(name);
	for (i = 0; i < sizeof(stocksets) / sizeof(stocksets[0]); i++)
		if (num >= 0 ? stocksets[i].num == num :
		    strcmp(stocksets[i].name, name) == 0)
			return stocksets[i].kind;
	return ST_NONE;
}

/* Runs stock ruleset KIND (rw_stock) on WS in place. */
static void
run_stock(const struct rwrun *run, int kind, struct toks *ws)
{
	struct paddr pa;
	struct policy_route r;
	char *s;

	switch (kind) {
	case ST_CANONIFY:
		s = tok_joins(ws, 0, ws->n);
		canonify(run->cf, s, &pa, run->tr);
		free(s);
		break;
	case ST_PARSE:
	case ST_PARSE0:
	case ST_PARSE1:
		paddr_from_toks(run->cf, ws, &pa);
		if (route_stock(run->cf, kind == ST_PARSE ? ROUTE_PARSE :
		    kind == ST_PARSE0 ? ROUTE_PARSE0 : ROUTE_PARSE1, &pa, &r,
		    run->tr)) {
			/* $# mailer $@ host $: user */
			tok_clear(ws);
			tok_push(ws, RW_NET);
			tok_split(ws, r.mailer);
			if (r.host != NULL && *r.host != '\0') {
				tok_push(ws, RW_HOST);
				tok_split(ws, r.host);
			}
			tok_push(ws, RW_USER);
			tok_split(ws, r.user != NULL ? r.user : "");
			policy_route_free(&r);
			paddr_free(&pa);
			return;
		}
		policy_route_free(&r);
		break;
	case ST_FINAL:
		paddr_from_toks(run->cf, ws, &pa);
		s = paddr_final(run->cf, &pa);
		tok_clear(ws);
		tok_split(ws, s);
		free(s);
		paddr_free(&pa);
		return;
	default:
		return;		/* an empty ruleset */
	}
	tok_clear(ws);
	paddr_to_toks(&pa, ws);
	paddr_free(&pa);
}

/* Runs the $>set calls, rightmost first. */
static int
eval_calls(const struct rwrun *run, struct toks *ws)
{
	struct toks tail = TOKS_INIT, out = TOKS_INIT;
	size_t nl;
	int i, at, set, stock;

	for (;;) {
		at = -1;
		for (i = 0; i < ws->n; i++)
			if (strncmp(ws->v[i], RW_CALL, 2) == 0)
				at = i;
		if (at < 0) {
			tok_free(&tail);
			return 0;
		}
		if (ref_split(ws->v[at], &nl, &set))
			stock = set < -1 ? -1 - set : ST_NONE;
		else {
			/* not linked: by name */
			char *name = xstrndup(ws->v[at] + 2, nl);

			set = rw_find(run->e, name);
			stock = set < 0 ? rw_stock(name) : ST_NONE;
			free(name);
		}
		if (set >= run->e->nsets)
			set = -1;
		tok_clear(&tail);
		tok_append(&tail, ws, at + 1, ws->n);
		if (set < 0)
			run_stock(run, stock, &tail);
		if (set >= 0 && run_set(run, set, &tail) != 0) {
			/* the called ruleset's error triple is the result */
			tok_free(ws);
			*ws = tail;
			return -1;
		}
		tok_append(&out, ws, 0, at);
		tok_append(&out, &tail, 0, tail.n);
		tok_free(ws);
		*ws = out;
		memset(&out, 0, sizeof(out));
	}
}

static void
build(const struct rwrun *run, const struct rule *r, int from,
    const struct toks *ws, const int *bs, const int *be, struct toks *out)
{
	const struct rtok *t;
	const char *v;
	char buf[160];
	int i;

	for (i = from; i < r->rhs.n; i++) {
		t = &r->rhs.v[i];
		switch (t->kind) {
		case K_REPL:
			if (t->n >= 1 && t->n <= 9)
				tok_append(out, ws, bs[t->n - 1],
				    be[t->n - 1]);
			break;
		case K_DEFMAC:
			v = run->macro(run->arg, t->s);
			if (v != NULL)
				tok_split(out, v);
			break;
		case K_PIPE: tok_push(out, RW_PIPE); break;
		case K_NET: tok_push(out, RW_NET); break;
		case K_HOST: tok_push(out, RW_HOST); break;
		case K_USER: tok_push(out, RW_USER); break;
		case K_CANON: tok_push(out, RW_CANON); break;
		case K_CANONEND: tok_push(out, RW_CANONEND); break;
		case K_LOOKEND: tok_push(out, RW_LOOKEND); break;
		case K_LOOK:
		case K_CALL:
			/* the name, and the index rw_link() found for it */
			if (run->e->linked)
				snprintf(buf, sizeof(buf), "%s%s\001%d",
				    t->kind == K_LOOK ? RW_LOOK : RW_CALL,
				    t->s, t->n);
			else
				snprintf(buf, sizeof(buf), "%s%s",
				    t->kind == K_LOOK ? RW_LOOK : RW_CALL,
				    t->s);
			tok_push(out, buf);
			break;
		default:
			if (t->s != NULL)
				tok_push(out, t->s);
			break;
		}
	}
}

static void
loop_error(struct toks *ws, const char *set)
{
	char *msg = xasprintf("\"554 Infinite loop in ruleset %s\"", set);

	tok_clear(ws);
	tok_push(ws, RW_NET);
	tok_push(ws, "error");
	tok_push(ws, RW_HOST);
	tok_split(ws, "5.3.5");
	tok_push(ws, RW_USER);
	tok_push(ws, msg);
	free(msg);
}

static int
run_set(const struct rwrun *run0, int set, struct toks *ws)
{
	struct rwrun run = *run0;
	const struct ruleset *rs = &run.e->sets[set];
	const struct rule *r;
	struct toks out = TOKS_INIT;
	int bs[10], be[10], i, mode, from, loops;
	char *before, *after;

	if (++run.depth > MAXDEPTH) {
		loop_error(ws, rs->name);
		return -1;
	}
	for (i = 0; i < rs->n; i++) {
		r = &rs->r[i];
		mode = r->rhs.n > 0 && r->rhs.v[0].kind == K_USER ? 1 :
		    r->rhs.n > 0 && r->rhs.v[0].kind == K_HOST ? 2 : 0;
		from = mode ? 1 : 0;
		for (loops = 0; ; loops++) {
			memset(bs, 0, sizeof(bs));
			memset(be, 0, sizeof(be));
			if (!match(&run, r->lhs.v, r->lhs.n, 0, ws, 0, bs, be,
			    0))
				break;
			if (loops >= MAXLOOP) {
				loop_error(ws, rs->name);
				tok_free(&out);
				return -1;
			}
			before = tok_joins(ws, 0, ws->n);
			tok_clear(&out);
			build(&run, r, from, ws, bs, be, &out);
			eval_inner(&run, &out);
			if (eval_calls(&run, &out) != 0) {
				tok_free(ws);
				*ws = out;
				free(before);
				return -1;
			}
			tok_free(ws);
			*ws = out;
			memset(&out, 0, sizeof(out));
			after = tok_joins(ws, 0, ws->n);
			{
				char *p, *q;

				/* $x for the operators; a linked index
				   ("\001" and digits) is not shown */
				for (p = q = after; *p != '\0'; p++) {
					if (*p == '\001' && (p[1] == '-' ||
					    isdigit((unsigned char)p[1]))) {
						p++;
						while (p[1] == '-' ||
						    isdigit((unsigned char)p[1]))
							p++;
						continue;
					}
					*q++ = *p == '\001' ? '$' : *p;
				}
				*q = '\0';
			}
			ptrace_add(run.tr, "%s:%d: %s rule: \"%s\" -> \"%s\"",
			    r->file, r->line, rs->name, before, after);
			free(before);
			free(after);
			if ((ws->n > 0 && strcmp(ws->v[0], RW_NET) == 0) ||
			    mode == 2) {
				if (run.depth == 1 && run.returned != NULL)
					*run.returned = 1;
				return 0;
			}
			if (mode == 1)
				break;
		}
	}
	tok_free(&out);
	return 0;
}

int
rw_run(const struct rwengine *e, const struct policy_config *cf, int set,
    struct toks *ws, rw_macro_fn macro, void *arg, struct ptrace *tr)
{
	return rw_run_ret(e, cf, set, ws, macro, arg, tr, NULL);
}

int
rw_run_ret(const struct rwengine *e, const struct policy_config *cf,
    int set, struct toks *ws, rw_macro_fn macro, void *arg,
    struct ptrace *tr, int *returned)
{
	struct rwrun run;

	if (returned != NULL)
		*returned = 0;
	if (e == NULL || set < 0 || set >= e->nsets)
		return 0;
	run.returned = returned;
	run.e = e;
	run.cf = cf;
	run.macro = macro;
	run.arg = arg;
	run.tr = tr;
	run.depth = 0;
	return run_set(&run, set, ws);
}

int
rw_triple(const struct toks *ws, char **mailer, char **host, char **user)
{
	int h, u, end;

	*mailer = *host = *user = NULL;
	if (ws->n == 0 || strcmp(ws->v[0], RW_NET) != 0)
		return 0;
	h = tok_find(ws, RW_HOST, 1, ws->n);
	u = tok_find(ws, RW_USER, 1, ws->n);
	end = h >= 0 ? h : u >= 0 ? u : ws->n;
	*mailer = tok_joins(ws, 1, end);
	if (h >= 0)
		*host = tok_joins(ws, h + 1, u >= 0 ? u : ws->n);
	else
		*host = xstrdup("");
	*user = u >= 0 ? tok_joins(ws, u + 1, ws->n) : xstrdup("");
	return 1;
}

int
rw_nmaps(const struct rwengine *e)
{
	return e != NULL ? e->nmaps : 0;
}

void
rw_link(struct rwengine *e)
{
	rw_link_code(e, NULL, 0, NULL, 0);
}

void
rw_link_code(struct rwengine *e, const int *sets, size_t nsets,
    const int *maps, size_t nmaps)
{
	int i, j, k, a;
	struct rtok *t;
	const struct rule *r;

	if (e == NULL)
		return;
	for (i = 0; i < e->nsets; i++)
		for (j = 0; j < e->sets[i].n; j++) {
			r = &e->sets[i].r[j];
			for (k = 0; k < r->rhs.n; k++) {
				t = &r->rhs.v[k];
				a = t->a;
				if (t->kind == K_CALL) {
					/* the stored index of a coded rule,
					   else the name */
					if (r->coded && sets != NULL && a > 0 &&
					    (size_t)a <= nsets && sets[a - 1] >= 0)
						t->n = sets[a - 1];
					else if (r->coded && sets != NULL &&
					    a == 0)
						t->n = -1 - rw_stock(t->s);
					else {
						t->n = rw_find(e, t->s);
						if (t->n < 0)
							t->n = -1 - rw_stock(t->s);
					}
				} else if (t->kind == K_LOOK) {
					if (r->coded && maps != NULL && a > 0 &&
					    (size_t)a <= nmaps && maps[a - 1] >= 0)
						t->n = (maps[a - 1] + 1) * 8 +
						    map_link(e, t->s) % 8;
					else
						t->n = map_link(e, t->s);
				}
			}
		}
	e->linked = 1;
}
