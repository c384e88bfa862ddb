/*
 * tplnative.c -- the hot macros of the cf-templates, run in C.
 *
 * A build spends most of its m4 time in a few bookkeeping macros of
 * cf-templates/lib/main.m4 and lib/emit.m4: the define hook (every
 * define of a .mc, an OSTYPE, a FEATURE or a MAILER goes through it)
 * and the option rows.  Each function here stands for one body text of
 * those files, byte for byte (the engine runs it only for a definition
 * whose text is that body; see m4.h, "Natives"): edit the body in the
 * template and the function is simply no longer used.  A function that
 * meets anything it does not model -- other quotes, a builtin token as
 * an argument, a helper macro redefined by the .mc, a quote character
 * in a name -- returns 0 and the engine expands the body as GNU m4
 * would.  tests/templates/engine.sh checks, for every .mc of the test
 * suite, that the IR is the same byte for byte as GNU m4's, and
 * tests/templates/natives.sh that each function here is really used.
 */
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4.h"
#include "compiler/tplnative.h"

/* The bodies, as lib/main.m4 and lib/known.m4 define them. */
static const char HOOK_BODY[] =
    "ifelse($#, 0, ``define'', `_mc_note(`$1')_mc_bdefine($@)')";
static const char NOTE_BODY[] =
    "_mc_bdefine(`_mc_found', `1')ifdef(`_mc_sp_$1', `_mc_track(`$1')',\n"
    "`ifelse(index(`$1', `conf'), `0', `_mc_track(`$1')', "
    "index(`$1', `_FFR_'), `0', `_mc_track(`$1')')')";
static const char TRACK_BODY[] =
    "_mc_bdefine(`_mc_loc_$1', __file__\t__line__)"
    "ifdef(`_mc_seen_$1', `',\n"
    "`_mc_bdefine(`_mc_seen_$1', `1')_mc_bdefine(`_mc_seenlist',\n"
    "defn(`_mc_seenlist')`_mc_each(`$1')')_mc_chkknown(`$1')')";
static const char CHKKNOWN_BODY[] =
    "ifelse(index(`$1', `conf'), `0', `ifdef(`_mc_known_$1', `',\n"
    "\t`_mc_bdefine(`_mc_badlist', defn(`_mc_badlist')"
    "`_mc_each(`$1')')')')";

/* ... and those of lib/emit.m4 that write IR lines */
static const char ATVAR_BODY[] =
    "ifdef(`_mc_loc_$1', `@loc\tdefn(`_mc_loc_$1')\n"
    "', `@loc\t__file__\t__line__\n"
    "')";
static const char OPT_BODY[] =
    "ifdef(`$2', `_mc_atvar(`$2')O $1`'ifelse(defn(`$2'), `', `', `=$2')',\n"
    "\t`#O $1$3')";
static const char DEFLINE_BODY[] =
    "ifdef(`$1', `ifdef(`_mc_loc_$1', `@loc\tdefn(`_mc_loc_$1')', "
    "`@loc\t__file__\t__line__')\n"
    "@define\t`$1'\t$1\n"
    "')";

/* What the natives share: a scratch buffer and the names they test. */
struct tplnative {
	struct strbuf	 scratch;
	const void	*bi_define, *bi_ifdef, *bi_ifelse, *bi_index, *bi_defn,
			*bi_file, *bi_line;
	struct m4_name	*ifdef, *ifelse, *index, *defn, *file, *line,
			*bdefine, *note, *track, *chkknown, *atvar, *found,
			*seenlist, *badlist;
};

/* sb = PREFIX NAME; its text */
static const char *
cat(struct strbuf *sb, const char *prefix, const char *name, size_t nl)
{
	strbuf_reset(sb);
	strbuf_add(sb, prefix, strlen(prefix));
	strbuf_add(sb, name, nl);
	return sb->buf;
}

static int
has_prefix(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);

	return n >= k && memcmp(s, p, k) == 0;
}

/* Quotes nest right in s: `...' re-read as one quoted string gives s. */
static int
balanced(const char *s, size_t n)
{
	size_t i;
	int depth = 0;

	for (i = 0; i < n; i++)
		if (s[i] == '`')
			depth++;
		else if (s[i] == '\'' && --depth < 0)
			return 0;
		else if (s[i] == '\0')
			return 0;
	return depth == 0;
}

/* Markers: these bodies are run only through the hook below. */
static int
nat_note(struct m4 *m, const struct m4_args *a, struct strbuf *out, void *ud)
{
	(void)m, (void)a, (void)out, (void)ud;
	return 0;
}

static int
nat_track(struct m4 *m, const struct m4_args *a, struct strbuf *out,
    void *ud)
{
	(void)m, (void)a, (void)out, (void)ud;
	return 0;
}

static int
nat_chkknown(struct m4 *m, const struct m4_args *a, struct strbuf *out,
    void *ud)
{
	(void)m, (void)a, (void)out, (void)ud;
	return 0;
}

/* A name a native may paste into a body: no quote and no NUL byte. */
static int
plain_name(const char *s, size_t n)
{
	return n > 0 && !memchr(s, '`', n) && !memchr(s, '\'', n) &&
	    !memchr(s, '\0', n);
}

/* The quotes are the templates' and ifdef, ifelse and defn are builtins. */
static int
std_builtins(struct m4 *m, const struct tplnative *t)
{
	return m4_quotes_are(m, "`", "'") &&
	    m4_name_builtin(t->ifdef) == t->bi_ifdef &&
	    m4_name_builtin(t->ifelse) == t->bi_ifelse &&
	    m4_name_builtin(t->defn) == t->bi_defn;
}

/*
 * What _mc_atvar(`NAME') leaves to rescan: "@loc<TAB>`LOC'<NL>" from
 * NAME's recorded place (defn quotes it), else the line with __file__
 * and __line__ still to expand (they name the place of this call, as
 * in the body).  0 when the place cannot be quoted back.
 */
static int
atvar_text(struct m4 *m, const char *name, size_t nl, struct strbuf *sb,
    struct strbuf *out, const char *end)
{
	const char *t;
	size_t tl;

	cat(sb, "_mc_loc_", name, nl);
	if (!m4_is_defined(m, sb->buf, sb->len)) {
		strbuf_adds(out, "@loc\t__file__\t__line__");
		strbuf_adds(out, end);
		return 1;
	}
	if ((t = m4_text_of(m, sb->buf, sb->len, &tl)) == NULL ||
	    !balanced(t, tl))
		return 0;
	strbuf_adds(out, "@loc\t`");
	strbuf_add(out, t, tl);
	strbuf_addc(out, '\'');
	strbuf_adds(out, end);
	return 1;
}

static int
nat_atvar(struct m4 *m, const struct m4_args *a, struct strbuf *out,
    void *ud)
{
	struct tplnative *t = ud;

	if (a->argc != 2 || a->macdef || !plain_name(a->argv[1], a->argl[1]) ||
	    !std_builtins(m, t))
		return 0;
	return atvar_text(m, a->argv[1], a->argl[1], &t->scratch, out, "\n");
}

/*
 * An option row: _mc_opt(`Name', `var'[, `=example']).  var undefined:
 * "#O Name=example" (a comment when rescanned); defined: its @loc line
 * (what _mc_atvar writes, when _mc_atvar is the body above) and
 * "O Name", with "=var" left to expand when var's text is not empty.
 */
static int
nat_opt(struct m4 *m, const struct m4_args *a, struct strbuf *out, void *ud)
{
	struct tplnative *n = ud;
	const char *var, *t;
	size_t vl, tl;

	if ((a->argc != 3 && a->argc != 4) || a->macdef ||
	    !plain_name(a->argv[1], a->argl[1]) ||
	    !plain_name(a->argv[2], a->argl[2]) ||
	    (a->argc == 4 && !balanced(a->argv[3], a->argl[3])) ||
	    !std_builtins(m, n))
		return 0;
	var = a->argv[2];
	vl = a->argl[2];
	if (!m4_is_defined(m, var, vl)) {
		strbuf_adds(out, "#O ");
		strbuf_add(out, a->argv[1], a->argl[1]);
		if (a->argc == 4)
			strbuf_add(out, a->argv[3], a->argl[3]);
		return 1;
	}
	if ((t = m4_text_of(m, var, vl, &tl)) == NULL)
		return 0;	/* a builtin: leave it to ifelse */
	if (m4_name_native(m, n->atvar) == nat_atvar) {
		if (!atvar_text(m, var, vl, &n->scratch, out, "\n"))
			return 0;
	} else {
		strbuf_adds(out, "_mc_atvar(`");
		strbuf_add(out, var, vl);
		strbuf_adds(out, "')");
	}
	strbuf_adds(out, "O ");
	strbuf_add(out, a->argv[1], a->argl[1]);
	strbuf_adds(out, "`'");
	if (tl > 0) {
		strbuf_addc(out, '=');
		strbuf_add(out, var, vl);
	}
	return 1;
}

/*
 * _mc_defline(`NAME'), run over the names the define hook saw: for a
 * name still defined, its @loc line and "@define<TAB>`NAME'<TAB>NAME"
 * with the value left to expand.
 */
static int
nat_defline(struct m4 *m, const struct m4_args *a, struct strbuf *out,
    void *ud)
{
	struct tplnative *n = ud;
	struct strbuf *sb = &n->scratch;
	const char *name = a->argc > 1 ? a->argv[1] : "";
	size_t nl = a->argc > 1 ? a->argl[1] : 0;

	if (a->argc != 2 || a->macdef || !plain_name(name, nl) ||
	    !std_builtins(m, n))
		return 0;
	if (!m4_is_defined(m, name, nl))
		return 1;
	/* the @loc line of the body's inner ifdef, then the @define */
	if (!atvar_text(m, name, nl, sb, out, "\n"))
		return 0;
	strbuf_adds(out, "@define\t`");
	strbuf_add(out, name, nl);
	strbuf_adds(out, "'\t");
	strbuf_add(out, name, nl);
	strbuf_addc(out, '\n');
	return 1;
}

/* LIST += "_mc_each(`NAME')", as `defn(`LIST')`_mc_each(`$1')'' does */
static void
append_each(struct m4 *m, struct m4_name *list, const char *name, size_t nl,
    struct strbuf *sb)
{
	const char *t;
	size_t tl = 0;

	t = m4_name_text(list, &tl);
	strbuf_reset(sb);
	strbuf_add(sb, t, tl);
	strbuf_adds(sb, "_mc_each(`");
	strbuf_add(sb, name, nl);
	strbuf_adds(sb, "')");
	m4_name_set(m, list, sb->buf, sb->len);
}

/*
 * The define hook: _mc_note(`$1') then the builtin define.  _mc_note
 * sets _mc_found and, for a conf*, _FFR_* or special name, _mc_track:
 * _mc_loc_NAME is FILE<TAB>LINE; the first time, _mc_seen_NAME, and
 * NAME joins _mc_seenlist and (a conf* name no option knows)
 * _mc_badlist.
 */
static int
nat_hook(struct m4 *m, const struct m4_args *a, struct strbuf *out, void *ud)
{
	struct tplnative *t = ud;
	struct strbuf *sb = &t->scratch, loc = STRBUF_INIT;
	const char *name = a->argc > 1 ? a->argv[1] : NULL;
	size_t nl = a->argc > 1 ? a->argl[1] : 0, tl;
	int track, known;

	if (a->argc == 1 && std_builtins(m, t)) {
		/* the word alone ($# is 0): `define' as a quoted word */
		strbuf_adds(out, "`define'");
		return 1;
	}
	if ((a->argc != 2 && a->argc != 3) || a->macdef || a->file == NULL ||
	    !plain_name(name, nl) || strchr(a->file, '`') ||
	    strchr(a->file, '\'') ||
	    (a->argc == 3 && !balanced(a->argv[2], a->argl[2])) ||
	    !std_builtins(m, t) ||
	    m4_name_builtin(t->bdefine) != t->bi_define ||
	    m4_name_builtin(t->index) != t->bi_index ||
	    m4_name_builtin(t->file) != t->bi_file ||
	    m4_name_builtin(t->line) != t->bi_line ||
	    m4_name_native(m, t->note) != nat_note ||
	    m4_name_native(m, t->track) != nat_track ||
	    m4_name_native(m, t->chkknown) != nat_chkknown ||
	    m4_name_text(t->seenlist, &tl) == NULL ||
	    m4_name_text(t->badlist, &tl) == NULL)
		return 0;
	m4_name_set(m, t->found, "1", 1);
	track = has_prefix(name, nl, "conf") || has_prefix(name, nl, "_FFR_");
	if (!track) {
		cat(sb, "_mc_sp_", name, nl);
		track = m4_is_defined(m, sb->buf, sb->len);
	}
	if (track) {
		strbuf_addf(&loc, "%s\t%d", a->file, a->line);
		cat(sb, "_mc_loc_", name, nl);
		m4_set_text(m, sb->buf, sb->len, loc.buf, loc.len);
		strbuf_free(&loc);
		cat(sb, "_mc_seen_", name, nl);
		if (!m4_is_defined(m, sb->buf, sb->len)) {
			m4_set_text(m, sb->buf, sb->len, "1", 1);
			append_each(m, t->seenlist, name, nl, sb);
			known = !has_prefix(name, nl, "conf");
			if (!known) {
				cat(sb, "_mc_known_", name, nl);
				known = m4_is_defined(m, sb->buf, sb->len);
			}
			if (!known)
				append_each(m, t->badlist, name, nl, sb);
		}
	}
	if (a->argc == 3)
		m4_set_text(m, name, nl, a->argv[2], a->argl[2]);
	else
		m4_set_text(m, name, nl, "", 0);
	return 1;
}

#define NAME(s)	m4_name(m, s, sizeof(s) - 1)

struct tplnative *
tpl_natives_install(struct m4 *m)
{
	struct tplnative *t = xcalloc(1, sizeof(*t));

	t->bi_define = m4_builtin_id("define");
	t->bi_ifdef = m4_builtin_id("ifdef");
	t->bi_ifelse = m4_builtin_id("ifelse");
	t->bi_index = m4_builtin_id("index");
	t->bi_defn = m4_builtin_id("defn");
	t->bi_file = m4_builtin_id("__file__");
	t->bi_line = m4_builtin_id("__line__");
	t->ifdef = NAME("ifdef");
	t->ifelse = NAME("ifelse");
	t->index = NAME("index");
	t->defn = NAME("defn");
	t->file = NAME("__file__");
	t->line = NAME("__line__");
	t->bdefine = NAME("_mc_bdefine");
	t->note = NAME("_mc_note");
	t->track = NAME("_mc_track");
	t->chkknown = NAME("_mc_chkknown");
	t->atvar = NAME("_mc_atvar");
	t->found = NAME("_mc_found");
	t->seenlist = NAME("_mc_seenlist");
	t->badlist = NAME("_mc_badlist");
	m4_add_native(m, NOTE_BODY, nat_note, t);
	m4_add_native(m, TRACK_BODY, nat_track, t);
	m4_add_native(m, CHKKNOWN_BODY, nat_chkknown, t);
	m4_add_native(m, HOOK_BODY, nat_hook, t);
	m4_add_native(m, ATVAR_BODY, nat_atvar, t);
	m4_add_native(m, OPT_BODY, nat_opt, t);
	m4_add_native(m, DEFLINE_BODY, nat_defline, t);
	return t;
}

void
tpl_natives_free(struct tplnative *t)
{
	if (t == NULL)
		return;
	strbuf_free(&t->scratch);
	free(t);
}
