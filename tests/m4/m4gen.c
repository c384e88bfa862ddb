/*
 * m4gen.c -- a generator of random m4 programs for the differential test
 * of `mailcf m4' against GNU m4 (tests/m4/gentest.sh).
 *
 *	m4gen [-c] [-s seed] [-f first] [-n count]
 *
 * writes programs first .. first+count-1 to standard output, one after
 * the other; with -c each is cut short at a random place (but not inside
 * a name), to test unterminated quotes, comments and argument lists.  Program i depends only on (seed, i), so a failing program
 * of a batch can be printed alone with -f i -n 1.
 *
 * Every program ends in an epilogue that flushes its diversions and
 * undefines its macros, so that many of them can run in one m4 process
 * (process start-up would dominate otherwise), followed by a marker line
 * "=== end N ===".
 *
 * What the programs exercise: quoting and nested quotes, macros with
 * arguments ($1..$3, $#, $*, $@), pushdef/popdef/undefine/defn, ifelse
 * chains, ifdef, eval with every operator, radix and width, incr/decr,
 * len/index/substr/translit/regexp/patsubst/format, diversions, divnum,
 * undivert, bounded recursion, shift-based list walking, changequote and
 * changecom segments, dnl, m4wrap, indir and builtin.
 *
 * Why every program terminates in GNU m4:
 *  - a macro body names only macros defined before it (a lower number),
 *    so plain calls form an acyclic graph whatever the arguments carry;
 *  - the only self-calls are the countdown, string-shrinking and list
 *    walkers, whose guards (decr, substr, shift) always make progress;
 *  - after a changequote, only macros defined under the same quotes are
 *    called (with other quotes an ifelse branch would no longer be
 *    protected and a guarded recursion would run away);
 *  - literal text never holds parentheses, quote or comment characters,
 *    and string builtins that could cut a quoted string in half are only
 *    applied to such literals: no unbalanced quote or argument list.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "strbuf.h"

#define MAXMAC	24

enum kind { K_USER, K_COUNT, K_SHRINK, K_LIST };

struct mac {
	int	 num;		/* the name is _g<num> */
	int	 arity;		/* arguments its body uses */
	int	 regime;	/* quotes it was defined under */
	enum kind kind;
};

struct gen {
	uint64_t	 rng;
	struct strbuf	*o;
	const char	*lq, *rq;	/* current quotes */
	int		 regime;	/* 0: ` and '; else a changequote */
	struct mac	 mac[MAXMAC];
	int		 nmac;
	int		 body;		/* arity of the body written, or -1 */
	int		 limit;		/* a body calls macros below this */
};

static const char *words[] = {
	"alpha", "beta", "gamma", "delta", "x", "y", "zeta", "hello world",
	"a-b", "1", "42", "-7", "foo.bar", "ab cd", "Mixed Case", "0",
	"tail ", " lead", "v2", "=", "a+b", "quick brown fox", "aaa", "",
};

static const char *regexes[] = {
	"a", "[aeiou]", "\\(.\\)\\(.\\)", "^.", ".$", "[0-9]+", "\\w+", "x*",
	"o\\|e", "\\bb", "[[:upper:]]", "\\(a\\)*", "^", "$", "l+", "[^ ]+",
};

static const char *repls[] = {
	"<\\&>", "\\2\\1", "-", "", "[\\1]", "\\\\", "\\&\\&", "(\\1)",
	"X", "\\0",
};

static const char *tlits[][2] = {
	{ "a-e", "A-E" }, { "aeiou", "" }, { "a-z", "n-za-m" }, { "lo", "01" },
	{ "a-c", "xyz" }, { "0-9", "a-j" }, { "z-a", "a-z" }, { "ab", "b" },
};

static const char *formats[] = {
	"%d", "[%5d]", "%-4s|", "%x", "%o", "%c", "%.3s", "%05d", "%+d",
	"%e", "%.2f", "%g", "%s-%s", "%X:%d", "%10.4s|", "%-6d|", "%i", "%u",
	"%*d|", "%-*s|", "%.*s", "%c%c", "%5.2e", "%G", "%%d",
};

/* builtins that are safe to copy with defn and call under another name */
static const char *copyable[] = {
	"len", "index", "substr", "translit", "incr", "decr", "eval",
	"format", "ifelse", "shift", "regexp", "patsubst",
};

static const char *quotes[][2] = {
	{ "[", "]" }, { "{{", "}}" }, { "<<<", ">>>" }, { "@<", ">@" },
};

static uint64_t
rnd64(struct gen *g)
{
	uint64_t z;

	/* splitmix64: small, good enough, identical everywhere */
	z = (g->rng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static int
rnd(struct gen *g, int n)
{
	return (int)(rnd64(g) % (uint64_t)n);
}

#define PICK(g, a)	((a)[rnd((g), (int)(sizeof(a) / sizeof((a)[0])))])

static void
put(struct gen *g, const char *s)
{
	strbuf_adds(g->o, s);
}

static void
qput(struct gen *g, const char *s)
{
	put(g, g->lq);
	put(g, s);
	put(g, g->rq);
}

static void	gen_text(struct gen *, int);
static void	gen_expr(struct gen *, int);

/* A macro of the current regime and kind that may be called here. */
static struct mac *
callable(struct gen *g, enum kind kind)
{
	int i, n, cand[MAXMAC];

	n = 0;
	for (i = 0; i < g->nmac; i++) {
		if (g->mac[i].regime != g->regime || g->mac[i].kind != kind)
			continue;
		if (g->body >= 0 && i >= g->limit)
			continue;
		cand[n++] = i;
	}
	return n ? &g->mac[cand[rnd(g, n)]] : NULL;
}

static void
put_name(struct gen *g, const struct mac *m)
{
	strbuf_addf(g->o, "_g%d", m->num);
}

/* An argument: a quoted literal, a number, or generated text. */
static void
gen_arg(struct gen *g, int depth)
{
	switch (rnd(g, 4)) {
	case 0:
		qput(g, PICK(g, words));
		break;
	case 1:
		strbuf_addf(g->o, "%d", rnd(g, 20) - 5);
		break;
	case 2:
		put(g, g->lq);
		gen_text(g, depth - 1);
		put(g, g->rq);
		break;
	default:
		gen_text(g, depth - 1);
		break;
	}
}

static void
gen_user_call(struct gen *g, int depth)
{
	struct mac *m;
	int i, n;

	if ((m = callable(g, K_USER)) == NULL) {
		qput(g, PICK(g, words));
		return;
	}
	if (rnd(g, 8) == 0) {
		/* through indir */
		put(g, "indir(");
		put(g, g->lq);
		put_name(g, m);
		put(g, g->rq);
		n = rnd(g, 3);
		for (i = 0; i < n; i++) {
			put(g, ", ");
			gen_arg(g, depth);
		}
		put(g, ")");
		return;
	}
	put_name(g, m);
	if (g->body >= 0 && rnd(g, 4) == 0) {
		put(g, "($@)");
		return;
	}
	n = rnd(g, 5);
	if (n == 4) {			/* bare name: no arguments */
		if (rnd(g, 2))
			put(g, g->lq), put(g, g->rq);
		return;
	}
	put(g, "(");
	for (i = 0; i < n; i++) {
		if (i > 0)
			put(g, rnd(g, 3) ? ", " : ",\n\t");
		gen_arg(g, depth);
	}
	put(g, ")");
}

/* A parameter reference inside a body. */
static void
gen_param(struct gen *g)
{
	switch (rnd(g, 6)) {
	case 0:
		put(g, "$#");
		break;
	case 1:
		put(g, rnd(g, 2) ? "$*" : "$@");
		break;
	default:
		strbuf_addf(g->o, "$%d", 1 + rnd(g, g->body + 1));
		break;
	}
}

/* Something whose expansion is a number (for eval, incr, substr). */
static void
gen_number(struct gen *g)
{
	switch (rnd(g, 5)) {
	case 0:
		put(g, "len(");
		qput(g, PICK(g, words));
		put(g, ")");
		break;
	case 1:
		if (g->body > 0) {
			put(g, "len(");
			put(g, g->lq);
			gen_param(g);
			put(g, g->rq);
			put(g, ")");
			break;
		}
		/* FALLTHROUGH */
	default:
		strbuf_addf(g->o, "%d",
		    rnd(g, 3) ? rnd(g, 12) : rnd(g, 70000) - 35000);
		break;
	}
}

/* An arithmetic expression for eval, every operator of GNU m4 1.4.19. */
static void
gen_expr(struct gen *g, int depth)
{
	static const char *bin[] = {
		"+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^",
		"&&", "||", "==", "!=", "<", "<=", ">", ">=",
	};
	static const char *un[] = { "-", "+", "~", "!" };
	const char *op;

	if (depth <= 0 || rnd(g, 3) == 0) {
		if (rnd(g, 6) == 0)
			gen_number(g);
		else if (rnd(g, 8) == 0)
			strbuf_addf(g->o, "0x%x", rnd(g, 300));
		else
			strbuf_addf(g->o, "%d",
			    rnd(g, 4) ? rnd(g, 10) : rnd(g, 100000));
		return;
	}
	switch (rnd(g, 6)) {
	case 0:
		put(g, PICK(g, un));
		gen_expr(g, depth - 1);
		break;
	case 1:
		put(g, "(");
		gen_expr(g, depth - 1);
		put(g, ")");
		break;
	default:
		op = PICK(g, bin);
		gen_expr(g, depth - 1);
		put(g, " ");
		put(g, op);
		put(g, " ");
		if (strcmp(op, "**") == 0)	/* keep powers small */
			strbuf_addf(g->o, "%d", rnd(g, 9) - 1);
		else if (op[0] == '<' && op[1] == '<')
			strbuf_addf(g->o, "%d", rnd(g, 40));
		else
			gen_expr(g, depth - 1);
		break;
	}
}

static void
gen_eval(struct gen *g)
{
	put(g, "eval(");
	/* quoted: with <<< >>> quotes the operators would not survive */
	put(g, g->lq);
	gen_expr(g, 3);
	put(g, g->rq);
	switch (rnd(g, 4)) {
	case 0:
		strbuf_addf(g->o, ", %d", 2 + rnd(g, 35));
		break;
	case 1:
		strbuf_addf(g->o, ", %d, %d", 2 + rnd(g, 35), rnd(g, 12));
		break;
	default:
		break;
	}
	put(g, ")");
}

/* A string builtin applied to literals (never to text with quotes). */
static void
gen_string_builtin(struct gen *g, int depth)
{
	int i, n, t;

	switch (rnd(g, 8)) {
	case 0:
		put(g, "substr(");
		qput(g, PICK(g, words));
		strbuf_addf(g->o, ", %d", rnd(g, 8) - 1);
		if (rnd(g, 2))
			strbuf_addf(g->o, ", %d", rnd(g, 8) - 1);
		put(g, ")");
		break;
	case 1:
		t = rnd(g, (int)(sizeof(tlits) / sizeof(tlits[0])));
		put(g, "translit(");
		qput(g, PICK(g, words));
		put(g, ", ");
		qput(g, tlits[t][0]);
		put(g, ", ");
		qput(g, tlits[t][1]);
		put(g, ")");
		break;
	case 2:
		put(g, "index(");
		qput(g, PICK(g, words));
		put(g, ", ");
		qput(g, PICK(g, words));
		put(g, ")");
		break;
	case 3:
		put(g, rnd(g, 2) ? "regexp(" : "patsubst(");
		qput(g, PICK(g, words));
		put(g, ", ");
		qput(g, PICK(g, regexes));
		if (rnd(g, 3)) {
			put(g, ", ");
			qput(g, PICK(g, repls));
		}
		put(g, ")");
		break;
	case 4:
		put(g, "format(");
		qput(g, PICK(g, formats));
		n = 1 + rnd(g, 2);
		for (i = 0; i < n; i++) {
			put(g, ", ");
			if (rnd(g, 2))
				gen_number(g);
			else
				qput(g, PICK(g, words));
		}
		put(g, ")");
		break;
	case 5:
		put(g, rnd(g, 2) ? "incr(" : "decr(");
		gen_number(g);
		put(g, ")");
		break;
	case 6:
		put(g, "len(");
		put(g, g->lq);
		gen_text(g, depth - 1);
		put(g, g->rq);
		put(g, ")");
		break;
	default:
		put(g, rnd(g, 2) ? "builtin(" : "indir(");
		qput(g, rnd(g, 2) ? "len" : "index");
		put(g, ", ");
		qput(g, PICK(g, words));
		put(g, ", ");
		qput(g, PICK(g, words));
		put(g, ")");
		break;
	}
}

/* ifelse with 3 to 7 arguments, or ifdef. */
static void
gen_cond(struct gen *g, int depth)
{
	int i, n;

	if (rnd(g, 5) == 0) {
		put(g, "ifdef(");
		if (g->nmac > 0 && rnd(g, 3))
			strbuf_addf(g->o, "%s_g%d%s", g->lq,
			    g->mac[rnd(g, g->nmac)].num, g->rq);
		else
			qput(g, PICK(g, words));
		put(g, ", ");
		put(g, g->lq);
		gen_text(g, depth - 1);
		put(g, g->rq);
		if (rnd(g, 2)) {
			put(g, ", ");
			put(g, g->lq);
			gen_text(g, depth - 1);
			put(g, g->rq);
		}
		put(g, ")");
		return;
	}
	put(g, "ifelse(");
	n = 3 + rnd(g, 5);
	for (i = 0; i < n; i++) {
		if (i > 0)
			put(g, ", ");
		if (i % 3 == 2 || i == n - 1) {		/* a branch: lazy */
			put(g, g->lq);
			gen_text(g, depth - 1);
			put(g, g->rq);
		} else if (g->body >= 0 && rnd(g, 2)) {
			put(g, g->lq);
			gen_param(g);
			put(g, g->rq);
		} else if (rnd(g, 3) == 0) {
			gen_arg(g, depth);
		} else {
			qput(g, rnd(g, 2) ? "x" : PICK(g, words));
		}
	}
	put(g, ")");
}

static void
gen_item(struct gen *g, int depth)
{
	int r;

	if (depth <= 0) {
		if (g->body >= 0 && rnd(g, 2))
			gen_param(g);
		else
			put(g, PICK(g, words));
		return;
	}
	r = rnd(g, 20);
	if (r < 4)
		put(g, PICK(g, words));
	else if (r < 6) {
		put(g, g->lq);
		gen_text(g, depth - 1);
		put(g, g->rq);
	} else if (r < 8 && g->body >= 0)
		gen_param(g);
	else if (r < 11)
		gen_user_call(g, depth);
	else if (r < 13)
		gen_eval(g);
	else if (r < 16)
		gen_string_builtin(g, depth);
	else if (r < 18)
		gen_cond(g, depth);
	else if (r < 19) {
		put(g, "shift(");
		qput(g, PICK(g, words));
		put(g, ", ");
		gen_arg(g, depth);
		put(g, ", ");
		gen_arg(g, depth);
		put(g, ")");
	} else {
		switch (rnd(g, 6)) {
		case 0:
			put(g, "divnum");
			break;
		case 1:
			put(g, "__file__");
			break;
		case 2:
			/* a detour through a diversion, back to 0 */
			strbuf_addf(g->o, "divert(%d)", 1 + rnd(g, 3));
			qput(g, PICK(g, words));
			put(g, "divert(0)");
			break;
		case 3:
			strbuf_addf(g->o, "undivert(%d)", 1 + rnd(g, 3));
			break;
		default:
			put(g, "__line__");
			break;
		}
	}
}

static void
gen_text(struct gen *g, int depth)
{
	/*
	 * Never "": a word glued to a builtin's name ("y" "ifdef(...)")
	 * would turn the call into text and expose the macro names in its
	 * arguments to a later rescan, perhaps under other quotes.
	 */
	static const char *seps[] = { " ", "-", ":", ", ", "\n", "+" };
	int i, n;

	n = 1 + rnd(g, 3);
	for (i = 0; i < n; i++) {
		if (i > 0)
			put(g, PICK(g, seps));
		gen_item(g, depth);
	}
}

static struct mac *
new_mac(struct gen *g, enum kind kind, int arity)
{
	struct mac *m;

	if (g->nmac == MAXMAC)
		return NULL;
	m = &g->mac[g->nmac];
	m->num = g->nmac;
	m->arity = arity;
	m->regime = g->regime;
	m->kind = kind;
	g->nmac++;
	return m;
}

/* define or pushdef a user macro (new, or again one of this regime). */
static void
stmt_define(struct gen *g)
{
	struct mac *m;
	int idx;

	m = NULL;
	if (g->nmac > 0 && rnd(g, 3) == 0) {
		m = callable(g, K_USER);
	}
	if (m == NULL && (m = new_mac(g, K_USER, rnd(g, 4))) == NULL)
		return;
	idx = (int)(m - g->mac);
	put(g, rnd(g, 3) ? "define(" : "pushdef(");
	put(g, g->lq);
	put_name(g, m);
	put(g, g->rq);
	put(g, ", ");
	put(g, g->lq);
	g->body = m->arity;
	g->limit = idx;
	gen_text(g, 3);
	g->body = -1;
	put(g, g->rq);
	put(g, ")dnl\n");
}

static void
stmt_popdef(struct gen *g)
{
	struct mac *m;

	if ((m = callable(g, K_USER)) == NULL)
		return;
	put(g, rnd(g, 4) ? "popdef(" : "undefine(");
	put(g, g->lq);
	put_name(g, m);
	put(g, g->rq);
	put(g, ")dnl\n");
}

static void
copy_builtin(struct gen *g)
{
	const char *b = PICK(g, copyable);
	int n = rnd(g, 4);

	strbuf_addf(g->o, "define(%s_b%d%s, defn(%s%s%s))", g->lq, n, g->rq,
	    g->lq, b, g->rq);
	strbuf_addf(g->o, "_b%d(", n);
	qput(g, PICK(g, words));
	put(g, ", ");
	gen_number(g);
	put(g, ", ");
	qput(g, strcmp(b, "eval") == 0 ? "10" : PICK(g, words));
	put(g, ")\n");
}

static void
stmt_defn(struct gen *g)
{
	struct mac *m;

	if (rnd(g, 3) == 0) {
		/* a builtin under another name (_b<n>, undefined at the end) */
		copy_builtin(g);
		return;
	}
	if ((m = callable(g, K_USER)) == NULL)
		return;
	if (rnd(g, 2)) {
		/* print the body, unexpanded */
		put(g, "[defn(");
		put(g, g->lq);
		put_name(g, m);
		put(g, g->rq);
		put(g, ")]\n");
		return;
	}
	/* copy it under another name (_c<n>, undefined by the epilogue) */
	put(g, "define(");
	put(g, g->lq);
	strbuf_addf(g->o, "_c%d", m->num);
	put(g, g->rq);
	put(g, ", defn(");
	put(g, g->lq);
	put_name(g, m);
	put(g, g->rq);
	strbuf_addf(g->o, "))_c%d(", m->num);
	qput(g, PICK(g, words));
	put(g, ")\n");
}

static void
stmt_output(struct gen *g)
{
	gen_text(g, 3);
	put(g, "\n");
}

static void
stmt_divert(struct gen *g)
{
	static const int nums[] = { -1, 1, 2, 3, 5, 9, 12 };

	strbuf_addf(g->o, "divert(%d)", PICK(g, nums));
	gen_text(g, 2);
	put(g, rnd(g, 2) ? " divnum\n" : "\n");
	put(g, "divert(0)dnl\n");
	if (rnd(g, 3) == 0)
		strbuf_addf(g->o, "undivert(%d)dnl\n", PICK(g, nums));
}

/* Bounded recursion: countdown, string shrinking, list walking. */
static void
stmt_recursion(struct gen *g)
{
	struct mac *m;
	const char *l = g->lq, *r = g->rq;
	int i, n;

	switch (rnd(g, 3)) {
	case 0:
		if ((m = new_mac(g, K_COUNT, 1)) == NULL)
			return;
		strbuf_addf(g->o, "define(%s_g%d%s, %sifelse(eval(%s$1%s "
		    "<= 0), 1, %s%s%s, %s$1-_g%d(decr($1))%s)%s)dnl\n", l, m->num, r,
		    l, l, r, l, rnd(g, 2) ? "liftoff" : "", r, l, m->num, r, r);
		strbuf_addf(g->o, "_g%d(%d)\n", m->num, rnd(g, 16) - 2);
		break;
	case 1:
		if ((m = new_mac(g, K_SHRINK, 1)) == NULL)
			return;
		strbuf_addf(g->o, "define(%s_g%d%s, %sifelse(len(%s$1%s), 0, , "
		    "%s[$1]_g%d(substr(%s$1%s, 1))%s)%s)dnl\n", l, m->num, r, l,
		    l, r, l, m->num, l, r, r, r);
		strbuf_addf(g->o, "_g%d(", m->num);
		qput(g, PICK(g, words));
		put(g, ")\n");
		break;
	default:
		if ((m = new_mac(g, K_LIST, 1)) == NULL)
			return;
		strbuf_addf(g->o, "define(%s_g%d%s, %sifelse(%s$#%s, %s1%s, "
		    "%s<$1>%s, %s<$1>_g%d(shift($@))%s)%s)dnl\n", l, m->num, r,
		    l, l, r, l, r, l, r, l, m->num, r, r);
		strbuf_addf(g->o, "_g%d(", m->num);
		n = rnd(g, 6);
		for (i = 0; i < n; i++) {
			if (i > 0)
				put(g, ", ");
			gen_arg(g, 1);
		}
		put(g, ")\n");
		break;
	}
}

static void	gen_stmt(struct gen *, int);

/* A segment under other quotes; it restores the default ones. */
static void
stmt_changequote(struct gen *g)
{
	int i, n, q;

	if (g->regime != 0)
		return;
	q = rnd(g, (int)(sizeof(quotes) / sizeof(quotes[0])));
	strbuf_addf(g->o, "changequote(`%s', `%s')dnl\n", quotes[q][0],
	    quotes[q][1]);
	g->lq = quotes[q][0];
	g->rq = quotes[q][1];
	g->regime = 1 + rnd(g, 1000000);
	n = 1 + rnd(g, 4);
	for (i = 0; i < n; i++)
		gen_stmt(g, 0);
	put(g, rnd(g, 2) ? "changequote\n" : "changequote`'dnl\n");
	g->lq = "`";
	g->rq = "'";
	g->regime = 0;
}

static void
stmt_changecom(struct gen *g)
{
	switch (rnd(g, 3)) {
	case 0:
		put(g, "changecom(`@')dnl\n"
		    "@ a comment naming _g0 and define\n");
		break;
	case 1:
		put(g, "changecom(`/*', `*/')dnl\nbefore /* _g0 eval(1+1)\n"
		    "still comment */ after\n");
		break;
	default:
		put(g, "changecom`'dnl\n# not a comment: eval(2*3)\n");
		break;
	}
	stmt_output(g);
	put(g, "changecom(`#')dnl\n# back to a comment: _g0\n");
}

static void
gen_stmt(struct gen *g, int top)
{
	int r;

	r = rnd(g, top ? 32 : 24);
	if (r < 6)
		stmt_define(g);
	else if (r < 13)
		stmt_output(g);
	else if (r < 15)
		stmt_popdef(g);
	else if (r < 17)
		stmt_defn(g);
	else if (r < 19)
		stmt_recursion(g);
	else if (r < 21)
		stmt_divert(g);
	else if (r < 22) {
		put(g, "dnl ");
		put(g, PICK(g, words));
		put(g, " _g1(\n");
	} else if (r < 24) {
		gen_eval(g);
		put(g, "\n");
	} else if (r < 27)
		stmt_changequote(g);
	else if (r < 28)
		stmt_changecom(g);
	else if (r < 29) {
		put(g, "m4wrap(`wrapped ");
		put(g, PICK(g, words));
		put(g, "\n')dnl\n");
	} else
		stmt_output(g);
}

static void
gen_program(struct strbuf *o, uint64_t seed, long idx)
{
	struct gen g;
	int i, n;

	memset(&g, 0, sizeof(g));
	g.rng = seed * 0x2545f4914f6cdd1dULL +
	    (uint64_t)idx * 0x9e3779b97f4a7c15ULL;
	(void)rnd64(&g);
	g.o = o;
	g.lq = "`";
	g.rq = "'";
	g.body = -1;
	strbuf_addf(o, "dnl program %ld\n", idx);
	n = 3 + rnd(&g, 10);
	for (i = 0; i < n; i++)
		gen_stmt(&g, 1);
	/* epilogue: default syntax, flushed diversions, no macros left */
	/* the newline keeps the marker on a line of its own */
	put(&g, "divert(0)undivert\n");
	if (g.nmac > 0) {
		put(&g, "undefine(");
		for (i = 0; i < g.nmac; i++)
			strbuf_addf(o, "%s`_g%d', `_c%d'", i ? ", " : "",
			    g.mac[i].num, g.mac[i].num);
		put(&g, ")dnl\n");
	}
	put(&g, "undefine(`_b0', `_b1', `_b2', `_b3')dnl\n");
	strbuf_addf(o, "=== end %ld ===\n", idx);
}

static int
isname(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/*
 * Where to cut program idx for -c: anywhere, so that quotes, comments
 * and argument lists end with the file, but never inside a name, which
 * could turn a call into a call of another (unguarded) macro.
 */
static size_t
cut_point(const struct strbuf *o, uint64_t seed, long idx)
{
	struct gen g;
	size_t n;

	memset(&g, 0, sizeof(g));
	g.rng = ~(seed * 0x9e3779b97f4a7c15ULL) ^ (uint64_t)idx;
	if (o->len < 2)
		return o->len;
	n = 1 + rnd64(&g) % (o->len - 1);
	while (n > 0 && isname((unsigned char)o->buf[n - 1]) &&
	    isname((unsigned char)o->buf[n]))
		n--;
	return n;
}

static void
usage(void)
{
	fprintf(stderr, "usage: m4gen [-c] [-s seed] [-f first] [-n count]\n");
	exit(EX_USAGE);
}

static long
number(const char *s)
{
	char *end;
	long v;

	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 0)
		usage();
	return v;
}

int
main(int argc, char **argv)
{
	struct strbuf o = STRBUF_INIT;
	uint64_t seed = 1;
	long first = 0, count = 1, i;
	int c, cut = 0;

	while ((c = getopt(argc, argv, "cf:hn:s:")) != -1) {
		switch (c) {
		case 'c':
			cut = 1;
			break;
		case 'f':
			first = number(optarg);
			break;
		case 'n':
			count = number(optarg);
			break;
		case 's':
			seed = (uint64_t)number(optarg);
			break;
		case 'h':
			printf("usage: m4gen [-c] [-s seed] [-f first] "
			    "[-n count]\n"
			    "Write random m4 programs first..first+count-1 "
			    "(default 0, 1) for seed (default 1);\n"
			    "-c cuts each one short at a random place.\n");
			return 0;
		default:
			usage();
		}
	}
	if (optind != argc)
		usage();
	for (i = first; i < first + count; i++) {
		gen_program(&o, seed, i);
		if (cut)
			o.len = cut_point(&o, seed, i);
		if (fwrite(o.buf, 1, o.len, stdout) != o.len)
			break;
		strbuf_reset(&o);
	}
	strbuf_free(&o);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		perror("m4gen: stdout");
		return EX_IOERR;
	}
	return 0;
}
