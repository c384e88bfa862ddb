/*
 * cftio.c -- the config model in a compiled table (host.cft), both ways.
 *
 * The container (magic, version, CRC, framing, string pool) is
 * lib/cftable.c's; this file gives the sections their meaning
 * (docs/mailcf.cft.5 lists them).  Every section payload is
 *
 *	u32 count, then count records
 *
 * made of u32 values and string references (NULL strings allowed where
 * the model has NULL).  A location is three u32: file index + 1 into the
 * FILES section (0: none), line, column.  Locations are the .mc
 * locations (model_relocate runs before writing).  Records follow the
 * model's order, so the bytes depend on the model only.
 *
 * Sections (type: records), S = string reference, L = location, V =
 * u32 count + that many S:
 *   2 FILES:      S file name (last in the file, read first)
 *   3 META:       u32 1, u32 V level, S vendor, L          (no count)
 *   4 OPTIONS:    u32 optdefs index, S name, S sub, S raw, u32 bare,
 *                 u32 value low, u32 value high, V items, L
 *   5 MACROS:     S name, S raw, S value, L
 *   6 CLASSES:    u32 kind (0 words, 1 file), S name, V words, S file,
 *                 S format, u32 optional, L
 *   7 MAPS:       S name, S class, V args, u32 n + n * (u32 flag, S arg),
 *                 S file, S spec, L
 *   8 MAILERS, 9 QGROUPS, 10 MILTERS:
 *                 S name, u32 n + n * (S key, S value, L), L
 *  11 HEADERS:    S condition, S name, S value, L
 *  12 PRECS:      S name, u32 value, L
 *  13 TRUSTED:    V users, L
 *  14 ENVS:       S name, S value, L
 *  15 DIRECTIVES: S keyword, V args, L, L (.mc location)
 *  16 RULESETS:   S name, u32 number + 1, L, u32 n + n * rule
 *                 rule: u32 n + n * (u32 kind, S text) left side, the
 *                 same for the right side, S comment, L
 *  17 RULECODE:   the same rules compiled (runtime/rewrite.h): u32
 *                 nrulesets (= RULESETS), per ruleset u32 nrules, per
 *                 rule the left then the right side as u32 n + n *
 *                 (u32 op, u32 arg, S text); see docs/cftable.md
 *
 * The reader rebuilds the model's arrays directly (no text is parsed
 * again): an option refers to its entry of optdefs[] by index, checked
 * against the stored name.  Every count is checked against the bytes
 * left before anything is allocated, so a corrupt table costs no more
 * memory than its size.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cftable.h"
#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/cftio.h"
#include "compiler/model.h"
#include "runtime/rewrite.h"

/* ------------------------------------------------------- rules as code */

/* sendmail's own rulesets (the cf kit's and the mailers'): a local rule
   may call the ones the runtime runs (rw_stock()); a call of the others
   is refused with this sentence rather than "unknown ruleset". */
static const char *const stock_sets[] = {
	"canonify", "Canonify2", "final", "Recurse", "parse", "Parse0",
	"Parse1", "ParseBcc", "Local_localaddr", "localaddr",
	"LDAPMailertable", "Mailertable", "MailerToTriple", "CanonLocal",
	"MasqHdr", "MasqEnv", "ParseLocal", "LDAPExpand", "D", "A",
	"CanonAddr", "ParseRecipient", "check_relay", "Local_check_relay",
	"Basic_check_relay", "check_mail", "Local_check_mail",
	"Basic_check_mail", "BadMX", "check_rcpt", "Local_check_rcpt",
	"Basic_check_rcpt", "Rcpt_ok", "Relay_ok", "FullAddr",
	"Delay_TLS_Clt", "Delay_TLS_Clt2", "F", "E", "U", "SearchList",
	"Local_trust_auth", "trust_auth", "Local_Relay_Auth", "srv_features",
	"clt_features", "try_tls", "TLS_NameInList", "tls_rcpt",
	"tls_client", "tls_server", "TLS_connection", "TLS_req", "max",
	"RelayTLS", "authinfo", "sender", "recipient", "RateControl",
	"ConnControl", "checkrcpt", "checkmail", "checkrelay",
	"Local_tls_rcpt", "Local_tls_client", "Local_tls_server",
	"Local_try_tls", "Local_srv_features", "Local_clt_features",
	"Local_greet_pause", "greet_pause", "Local_check_eoh", "check_eoh",
	"check_compat", "Local_check_compat", "check_data", "check_vrfy",
	"check_expn", "check_etrn", "check_eom", "Local_check_eom",
	"EnvFromSMTP", "EnvToSMTP", "HdrFromSMTP", "MasqSMTP", "MasqRelay",
	"PseudoToReal", "EnvFromL", "EnvToL", "HdrFromL", "HdrToL",
	"AddDomain", "EnvFromUUCP", "EnvToUUCP", "HdrFromUUCP",
	"HdrToUUCP", "ProcessMailList", NULL
};

/* Maps sendmail has without a K line. */
static const char *const builtin_maps[] = { "host", NULL };

static int
in_list(const char *const *l, const char *s)
{
	for (; *l != NULL; l++)
		if (strcmp(*l, s) == 0)
			return 1;
	return 0;
}

/* Index + 1 of the model ruleset NAME (name or number), 0 if none. */
static uint32_t
set_ref(const struct model *m, const char *name)
{
	size_t i;
	int num = -1;

	if (name[0] >= '0' && name[0] <= '9')
		num = atoi(name);
	for (i = 0; i < m->nrulesets; i++)
		if (strcmp(m->rulesets[i].name, name) == 0 ||
		    (num >= 0 && m->rulesets[i].number == num) ||
		    (num >= 0 && m->rulesets[i].name[0] >= '0' &&
		    m->rulesets[i].name[0] <= '9' &&
		    atoi(m->rulesets[i].name) == num))
			return (uint32_t)i + 1;
	return 0;
}

static uint32_t
map_ref(const struct model *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->nmaps; i++)
		if (strcmp(m->maps[i].name, name) == 0)
			return (uint32_t)i + 1;
	return 0;
}

static int
is_number(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* Resolves and checks one side (the right side needs nbind). */
static int
check_side(struct rw_code *c, size_t n, const struct model *m, int lhs,
    unsigned nbind, char *err, size_t errlen)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (c[i].op) {
		case RW_OP_REPL:
			if (lhs) {
				snprintf(err, errlen, "$%u on the left side of "
				    "a rule", c[i].arg);
				return -1;
			}
			if (c[i].arg < 1 || c[i].arg > nbind) {
				snprintf(err, errlen, "$%u refers to no $*, $+, "
				    "$-, $= or $~ of the left side (it has %u)",
				    c[i].arg, nbind);
				return -1;
			}
			break;
		case RW_OP_LOOK:
			c[i].arg = map_ref(m, c[i].text);
			if (c[i].arg == 0 &&
			    !in_list(builtin_maps, c[i].text)) {
				snprintf(err, errlen, "unknown map \"%s\" in $( "
				    "(no K line declares it)", c[i].text);
				return -1;
			}
			break;
		case RW_OP_CALL:
			c[i].arg = set_ref(m, c[i].text);
			if (c[i].arg == 0 && !rw_stock(c[i].text)) {
				if (in_list(stock_sets, c[i].text) ||
				    is_number(c[i].text))
					snprintf(err, errlen, "$>%s calls a "
					    "ruleset of sendmail's own that "
					    "mailcf cannot run for a local rule "
					    "(it runs canonify/3, parse/0, "
					    "Parse0, Parse1, final/4 and the "
					    "Local_* hooks)", c[i].text);
				else
					snprintf(err, errlen, "unknown ruleset "
					    "\"%s\" in $>", c[i].text);
				return -1;
			}
			break;
		default:
			break;
		}
	}
	return 0;
}

static int
compile_rule(const struct model *m, const struct model_rule *r,
    struct rulecode_rule *out, char *err, size_t errlen)
{
	struct strbuf sb = STRBUF_INIT;
	int rc;

	memset(out, 0, sizeof(*out));
	model_format_tokens(&sb, r->lhs, r->nlhs);
	rc = rw_compile_side(sb.buf != NULL ? sb.buf : "",
	    sb.buf != NULL ? sb.buf + sb.len : "", 1, &out->lhs, &out->nlhs,
	    err, errlen);
	strbuf_reset(&sb);
	model_format_tokens(&sb, r->rhs, r->nrhs);
	if (rc == 0)
		rc = rw_compile_side(sb.buf != NULL ? sb.buf : "",
		    sb.buf != NULL ? sb.buf + sb.len : "", 0, &out->rhs,
		    &out->nrhs, err, errlen);
	strbuf_free(&sb);
	if (rc == 0)
		rc = check_side(out->lhs, out->nlhs, m, 1, 0, err, errlen);
	if (rc == 0)
		rc = check_side(out->rhs, out->nrhs, m, 0,
		    rw_code_binds(out->lhs, out->nlhs), err, errlen);
	return rc;
}

void
rulecode_free(struct rulecode *rc)
{
	size_t i;
	struct rulecode_rule *r;

	for (i = 0; i < rc->nsets; i++) {
		for (r = rc->sets[i]; r != NULL && (r->lhs != NULL ||
		    r->rhs != NULL); r++) {
			rw_code_free(r->lhs, r->nlhs);
			rw_code_free(r->rhs, r->nrhs);
		}
		free(rc->sets[i]);
	}
	free(rc->sets);
	memset(rc, 0, sizeof(*rc));
}

int
rulecode_compile(struct rulecode *rc, const struct model *m, char *err,
    size_t errlen, const struct diag_loc **where)
{
	size_t i, j;

	memset(rc, 0, sizeof(*rc));
	*where = NULL;
	rc->sets = xcalloc(m->nrulesets + 1, sizeof(*rc->sets));
	rc->nsets = m->nrulesets;
	for (i = 0; i < m->nrulesets; i++) {
		const struct model_ruleset *rs = &m->rulesets[i];

		/* one spare, zeroed entry ends the list for rulecode_free */
		rc->sets[i] = xcalloc(rs->nrules + 1, sizeof(**rc->sets));
		for (j = 0; j < rs->nrules; j++)
			if (compile_rule(m, &rs->rules[j], &rc->sets[i][j], err,
			    errlen) != 0) {
				*where = &rs->rules[j].loc;
				rulecode_free(rc);
				return -1;
			}
	}
	return 0;
}

int
model_check_rules(const struct model *m)
{
	struct rulecode_rule r;
	char err[256];
	size_t i, j;
	int n = 0;

	for (i = 0; i < m->nrulesets; i++)
		for (j = 0; j < m->rulesets[i].nrules; j++) {
			if (compile_rule(m, &m->rulesets[i].rules[j], &r, err,
			    sizeof(err)) != 0) {
				const char *sn = m->rulesets[i].name;

				diag_error(&m->rulesets[i].rules[j].loc,
				    "rule in %s: %s", strcmp(sn, "98") == 0 ?
				    "LOCAL_RULE_0" : strcmp(sn, "1") == 0 ?
				    "LOCAL_RULE_1" : strcmp(sn, "2") == 0 ?
				    "LOCAL_RULE_2" : strcmp(sn, "3") == 0 ?
				    "LOCAL_RULE_3" : sn, err);
				n++;
			}
			rw_code_free(r.lhs, r.nlhs);
			rw_code_free(r.rhs, r.nrhs);
		}
	return n;
}

/* ------------------------------------------------------------ writing */

struct wctx {
	struct cft_writer	*w;
	const char		**files;	/* borrowed from the model */
	size_t			  nfiles;
};

static void
put_str(struct wctx *c, const char *s)
{
	cft_put_cstr(c->w, s);
}

static void
put_loc(struct wctx *c, const struct diag_loc *l)
{
	size_t i;

	if (l->file == NULL) {
		cft_put_u32(c->w, 0);
		cft_put_u32(c->w, 0);
		cft_put_u32(c->w, 0);
		return;
	}
	for (i = 0; i < c->nfiles; i++)
		if (c->files[i] == l->file || strcmp(c->files[i], l->file) == 0)
			break;
	if (i == c->nfiles) {
		c->files = xreallocarray(c->files, c->nfiles + 1,
		    sizeof(*c->files));
		c->files[c->nfiles++] = l->file;
	}
	cft_put_u32(c->w, (uint32_t)i + 1);
	cft_put_u32(c->w, (uint32_t)(l->line > 0 ? l->line : 0));
	cft_put_u32(c->w, (uint32_t)(l->col > 0 ? l->col : 0));
}

static void
put_vec(struct wctx *c, char **v, size_t n)
{
	size_t i;

	cft_put_u32(c->w, (uint32_t)n);
	for (i = 0; i < n; i++)
		put_str(c, v[i]);
}

static void
write_options(struct wctx *c, const struct model *m)
{
	size_t i;

	cft_begin(c->w, MCF_SECT_OPTIONS);
	cft_put_u32(c->w, (uint32_t)m->noptions);
	for (i = 0; i < m->noptions; i++) {
		const struct model_option *o = &m->options[i];
		unsigned long long num = (unsigned long long)o->val.num;

		cft_put_u32(c->w, (uint32_t)(o->def - optdefs));
		put_str(c, o->def->name);
		put_str(c, o->sub);
		put_str(c, o->raw);
		cft_put_u32(c->w, (uint32_t)o->bare);
		cft_put_u32(c->w, (uint32_t)(num & 0xffffffffu));
		cft_put_u32(c->w, (uint32_t)(num >> 32));
		put_vec(c, o->val.items, o->val.nitems);
		put_loc(c, &o->loc);
	}
	cft_end(c->w);
}

static void
write_decls(struct wctx *c, const struct model *m)
{
	size_t i, j;

	cft_begin(c->w, MCF_SECT_MACROS);
	cft_put_u32(c->w, (uint32_t)m->nmacros);
	for (i = 0; i < m->nmacros; i++) {
		put_str(c, m->macros[i].name);
		put_str(c, m->macros[i].raw);
		put_str(c, m->macros[i].value);
		put_loc(c, &m->macros[i].loc);
	}
	cft_end(c->w);

	cft_begin(c->w, MCF_SECT_CLASSES);
	cft_put_u32(c->w, (uint32_t)m->nclasses);
	for (i = 0; i < m->nclasses; i++) {
		const struct model_classdecl *cd = &m->classes[i];

		cft_put_u32(c->w, (uint32_t)cd->kind);
		put_str(c, cd->name);
		put_vec(c, cd->words, cd->nwords);
		put_str(c, cd->file);
		put_str(c, cd->format);
		cft_put_u32(c->w, (uint32_t)cd->optional);
		put_loc(c, &cd->loc);
	}
	cft_end(c->w);

	cft_begin(c->w, MCF_SECT_MAPS);
	cft_put_u32(c->w, (uint32_t)m->nmaps);
	for (i = 0; i < m->nmaps; i++) {
		const struct model_map *mp = &m->maps[i];

		put_str(c, mp->name);
		put_str(c, mp->mclass);
		put_vec(c, mp->args, mp->nargs);
		cft_put_u32(c->w, (uint32_t)mp->nflags);
		for (j = 0; j < mp->nflags; j++) {
			cft_put_u32(c->w, (unsigned char)mp->flags[j].flag);
			put_str(c, mp->flags[j].arg);
		}
		put_str(c, mp->file);
		put_str(c, mp->spec);
		put_loc(c, &mp->loc);
	}
	cft_end(c->w);
}

static void
write_fielded(struct wctx *c, uint32_t type, const struct model_mailer *v,
    size_t n)
{
	size_t i, j;

	cft_begin(c->w, type);
	cft_put_u32(c->w, (uint32_t)n);
	for (i = 0; i < n; i++) {
		put_str(c, v[i].name);
		cft_put_u32(c->w, (uint32_t)v[i].nfields);
		for (j = 0; j < v[i].nfields; j++) {
			put_str(c, v[i].fields[j].key);
			put_str(c, v[i].fields[j].value);
			put_loc(c, &v[i].fields[j].loc);
		}
		put_loc(c, &v[i].loc);
	}
	cft_end(c->w);
}

static void
write_small(struct wctx *c, const struct model *m)
{
	size_t i;

	cft_begin(c->w, MCF_SECT_HEADERS);
	cft_put_u32(c->w, (uint32_t)m->nheaders);
	for (i = 0; i < m->nheaders; i++) {
		put_str(c, m->headers[i].cond);
		put_str(c, m->headers[i].name);
		put_str(c, m->headers[i].value);
		put_loc(c, &m->headers[i].loc);
	}
	cft_end(c->w);

	cft_begin(c->w, MCF_SECT_PRECS);
	cft_put_u32(c->w, (uint32_t)m->nprecs);
	for (i = 0; i < m->nprecs; i++) {
		put_str(c, m->precs[i].name);
		cft_put_u32(c->w, (uint32_t)m->precs[i].value);
		put_loc(c, &m->precs[i].loc);
	}
	cft_end(c->w);

	cft_begin(c->w, MCF_SECT_TRUSTED);
	cft_put_u32(c->w, (uint32_t)m->ntrusted);
	for (i = 0; i < m->ntrusted; i++) {
		put_vec(c, m->trusted[i].users, m->trusted[i].nusers);
		put_loc(c, &m->trusted[i].loc);
	}
	cft_end(c->w);

	cft_begin(c->w, MCF_SECT_ENVS);
	cft_put_u32(c->w, (uint32_t)m->nenvs);
	for (i = 0; i < m->nenvs; i++) {
		put_str(c, m->envs[i].name);
		put_str(c, m->envs[i].value);
		put_loc(c, &m->envs[i].loc);
	}
	cft_end(c->w);

	cft_begin(c->w, MCF_SECT_DIRECTIVES);
	cft_put_u32(c->w, (uint32_t)m->ndirectives);
	for (i = 0; i < m->ndirectives; i++) {
		put_str(c, m->directives[i].keyword);
		put_vec(c, m->directives[i].args, m->directives[i].nargs);
		put_loc(c, &m->directives[i].loc);
		put_loc(c, &m->directives[i].mcloc);
	}
	cft_end(c->w);
}

static void
put_toks(struct wctx *c, const struct cf_tok *t, size_t n)
{
	size_t i;

	cft_put_u32(c->w, (uint32_t)n);
	for (i = 0; i < n; i++) {
		cft_put_u32(c->w, (uint32_t)t[i].kind);
		put_str(c, t[i].text);
	}
}

static void
write_rulesets(struct wctx *c, const struct model *m)
{
	size_t i, j;

	cft_begin(c->w, MCF_SECT_RULESETS);
	cft_put_u32(c->w, (uint32_t)m->nrulesets);
	for (i = 0; i < m->nrulesets; i++) {
		const struct model_ruleset *rs = &m->rulesets[i];

		put_str(c, rs->name);
		cft_put_u32(c->w, (uint32_t)(rs->number + 1));
		put_loc(c, &rs->loc);
		cft_put_u32(c->w, (uint32_t)rs->nrules);
		for (j = 0; j < rs->nrules; j++) {
			put_toks(c, rs->rules[j].lhs, rs->rules[j].nlhs);
			put_toks(c, rs->rules[j].rhs, rs->rules[j].nrhs);
			put_str(c, rs->rules[j].comment);
			put_loc(c, &rs->rules[j].loc);
		}
	}
	cft_end(c->w);
}

static void
put_code(struct wctx *c, const struct rw_code *v, size_t n)
{
	size_t i;

	cft_put_u32(c->w, (uint32_t)n);
	for (i = 0; i < n; i++) {
		cft_put_u32(c->w, v[i].op);
		cft_put_u32(c->w, v[i].arg);
		put_str(c, v[i].text);
	}
}

static void
write_rulecode(struct wctx *c, const struct model *m,
    const struct rulecode *given)
{
	struct rulecode own;
	const struct rulecode *rc = given;
	const struct diag_loc *where;
	char err[256];
	size_t i, j;

	if (rc == NULL) {
		if (rulecode_compile(&own, m, err, sizeof(err), &where) != 0)
			return;
		rc = &own;
	}
	cft_begin(c->w, MCF_SECT_RULECODE);
	cft_put_u32(c->w, (uint32_t)rc->nsets);
	for (i = 0; i < rc->nsets; i++) {
		size_t n = i < m->nrulesets ? m->rulesets[i].nrules : 0;

		cft_put_u32(c->w, (uint32_t)n);
		for (j = 0; j < n; j++) {
			put_code(c, rc->sets[i][j].lhs, rc->sets[i][j].nlhs);
			put_code(c, rc->sets[i][j].rhs, rc->sets[i][j].nrhs);
		}
	}
	cft_end(c->w);
	if (rc == &own)
		rulecode_free(&own);
}

void
model_write_table(const struct model *m, unsigned char **bufp, size_t *lenp)
{
	model_write_table_code(m, NULL, bufp, lenp);
}

void
model_write_table_code(const struct model *m, const struct rulecode *code,
    unsigned char **bufp, size_t *lenp)
{
	struct wctx c;
	size_t i;

	memset(&c, 0, sizeof(c));
	c.w = cft_writer_new();
	cft_begin(c.w, MCF_SECT_META);
	cft_put_u32(c.w, 1);
	cft_put_u32(c.w, (uint32_t)m->version);
	put_str(&c, m->vendor);
	put_loc(&c, &m->version_loc);
	cft_end(c.w);
	write_options(&c, m);
	write_decls(&c, m);
	write_fielded(&c, MCF_SECT_MAILERS, m->mailers, m->nmailers);
	write_fielded(&c, MCF_SECT_QGROUPS, m->qgroups, m->nqgroups);
	write_fielded(&c, MCF_SECT_MILTERS, m->milters, m->nmilters);
	write_small(&c, m);
	write_rulesets(&c, m);
	write_rulecode(&c, m, code);
	/* last: only now are the files every location names known */
	cft_begin(c.w, MCF_SECT_FILES);
	cft_put_u32(c.w, (uint32_t)c.nfiles);
	for (i = 0; i < c.nfiles; i++)
		put_str(&c, c.files[i]);
	cft_end(c.w);
	cft_finish(c.w, bufp, lenp);
	cft_writer_free(c.w);
	free(c.files);
}

/* ------------------------------------------------------------ reading */

struct rctx {
	struct model		*m;
	struct cft_cursor	 cur;
	const char		**files;	/* interned in m */
	uint32_t		  nfiles;
	const char		*what;		/* section being read */
	int			  borrow;	/* strings point into the pool */
};

static char empty_str[1];

static uint32_t
get_u32(struct rctx *r)
{
	uint32_t v;

	(void)cft_get_u32(&r->cur, &v);
	return v;
}

/* A count of records of at least minsize bytes each, or 0 (bad set). */
static uint32_t
get_count(struct rctx *r, size_t minsize)
{
	uint32_t n = get_u32(r);

	if (r->cur.bad)
		return 0;
	if ((size_t)n > (size_t)(r->cur.end - r->cur.p) / minsize) {
		r->cur.bad = 1;
		return 0;
	}
	return n;
}

/* A copy of a string reference; NULL stays NULL. */
static char *
get_str(struct rctx *r)
{
	const char *s;
	size_t len;

	if (cft_get_str(&r->cur, &s, &len) != 0 || s == NULL)
		return NULL;
	if (r->borrow) {
		/* the pool ends every string with a NUL: use it in place */
		const struct cft_table *t = r->cur.t;

		if ((size_t)(s - (const char *)t->pool) + len >= t->poollen ||
		    s[len] != '\0' || memchr(s, '\0', len) != NULL) {
			r->cur.bad = 1;
			return NULL;
		}
		return (char *)(uintptr_t)s;
	}
	return xstrndup(s, len);
}

/* A string that may not be NULL ("" instead, and the table is bad). */
static char *
get_nstr(struct rctx *r)
{
	char *s = get_str(r);

	if (s == NULL) {
		r->cur.bad = 1;
		s = r->borrow ? empty_str : xstrdup("");
	}
	return s;
}

static struct diag_loc
get_loc(struct rctx *r)
{
	struct diag_loc l = { NULL, 0, 0, 0 };
	uint32_t f = get_u32(r), line = get_u32(r), col = get_u32(r);

	if (f > r->nfiles || line > 0x7fffffffu || col > 0x7fffffffu) {
		r->cur.bad = 1;
		return l;
	}
	if (f > 0)
		l.file = r->files[f - 1];
	l.line = (int)line;
	l.col = (int)col;
	l.len = col > 0 ? 1 : 0;
	return l;
}

static char **
get_vec(struct rctx *r, size_t *np)
{
	uint32_t i, n = get_count(r, 8);
	char **v = xcalloc((size_t)n + 1, sizeof(*v));

	for (i = 0; i < n; i++)
		v[i] = get_nstr(r);
	*np = n;
	return v;
}

static int
enter(struct rctx *r, uint32_t type, const char *what)
{
	if (r->cur.p != NULL && !cft_at_end(&r->cur)) {
		r->cur.bad = 1;		/* bytes left in the last section */
		return -1;
	}
	r->what = what;
	if (cft_section(r->cur.t, type, &r->cur) != 0) {
		r->cur.bad = 1;
		return -1;
	}
	return 0;
}

static void
read_options(struct rctx *r)
{
	struct model *m = r->m;
	uint32_t i, n;
	size_t ndefs;

	for (ndefs = 0; optdefs[ndefs].name != NULL; ndefs++)
		;
	if (enter(r, MCF_SECT_OPTIONS, "options") != 0)
		return;
	n = get_count(r, 4 * 14);
	m->options = xcalloc((size_t)n + 1, sizeof(*m->options));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_option *o = &m->options[i];
		uint32_t idx = get_u32(r), lo, hi;
		char *name = get_nstr(r);

		m->noptions++;
		if (idx < ndefs && strcmp(optdefs[idx].name, name) == 0)
			o->def = &optdefs[idx];
		else {
			const char *why;
			int abbrev;

			o->def = opt_lookup(name, strlen(name), &why, &abbrev);
			if (o->def == NULL || abbrev) {
				/* keep the model consistent for model_free */
				o->def = &optdefs[0];
				r->cur.bad = 1;
			}
		}
		if (!r->borrow)
			free(name);
		o->sub = get_str(r);
		o->raw = get_nstr(r);
		o->bare = get_u32(r) != 0;
		lo = get_u32(r);
		hi = get_u32(r);
		o->val.num = (long long)((unsigned long long)hi << 32 | lo);
		o->val.items = get_vec(r, &o->val.nitems);
		if (o->val.nitems == 0) {
			free(o->val.items);
			o->val.items = NULL;
		}
		o->loc = get_loc(r);
		if (strcmp(o->def->name, "OperatorChars") == 0)
			m->opchars = (long)i;
	}
}

static void
read_decls(struct rctx *r)
{
	struct model *m = r->m;
	uint32_t i, j, n;

	if (enter(r, MCF_SECT_MACROS, "macros") != 0)
		return;
	n = get_count(r, 4 * 9);
	m->macros = xcalloc((size_t)n + 1, sizeof(*m->macros));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_macro *mm = &m->macros[m->nmacros++];

		mm->name = get_nstr(r);
		mm->raw = get_nstr(r);
		mm->value = get_nstr(r);
		mm->loc = get_loc(r);
	}
	if (enter(r, MCF_SECT_CLASSES, "classes") != 0)
		return;
	n = get_count(r, 4 * 12);
	m->classes = xcalloc((size_t)n + 1, sizeof(*m->classes));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_classdecl *c = &m->classes[m->nclasses++];
		uint32_t kind = get_u32(r);

		c->kind = kind == CLASS_FILE ? CLASS_FILE : CLASS_WORDS;
		if (kind > CLASS_FILE)
			r->cur.bad = 1;
		c->name = get_nstr(r);
		c->words = get_vec(r, &c->nwords);
		c->file = get_str(r);
		c->format = get_str(r);
		c->optional = get_u32(r) != 0;
		c->loc = get_loc(r);
		if (c->kind == CLASS_FILE && c->file == NULL)
			r->cur.bad = 1;
	}
	if (enter(r, MCF_SECT_MAPS, "maps") != 0)
		return;
	n = get_count(r, 4 * 13);
	m->maps = xcalloc((size_t)n + 1, sizeof(*m->maps));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_map *mp = &m->maps[m->nmaps++];
		uint32_t nf;

		mp->name = get_nstr(r);
		mp->mclass = get_nstr(r);
		mp->args = get_vec(r, &mp->nargs);
		nf = get_count(r, 12);
		mp->flags = xcalloc((size_t)nf + 1, sizeof(*mp->flags));
		for (j = 0; j < nf && !r->cur.bad; j++) {
			uint32_t fl = get_u32(r);

			if (fl == 0 || fl > 255)
				r->cur.bad = 1;
			mp->flags[j].flag = (char)fl;
			mp->flags[j].arg = get_nstr(r);
			mp->nflags++;
		}
		mp->file = get_str(r);
		mp->spec = get_str(r);
		mp->loc = get_loc(r);
	}
}

static void
read_fielded(struct rctx *r, uint32_t type, const char *what,
    struct model_mailer **vp, size_t *np)
{
	struct model_mailer *v;
	uint32_t i, j, n, nf;

	if (enter(r, type, what) != 0)
		return;
	n = get_count(r, 4 * 6);
	v = *vp = xcalloc((size_t)n + 1, sizeof(*v));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_mailer *mm = &v[(*np)++];

		mm->name = get_nstr(r);
		nf = get_count(r, 4 * 7);
		mm->fields = xcalloc((size_t)nf + 1, sizeof(*mm->fields));
		for (j = 0; j < nf && !r->cur.bad; j++) {
			struct model_field *f = &mm->fields[mm->nfields++];

			f->key = get_nstr(r);
			f->value = get_nstr(r);
			f->code = f->key[0];
			f->loc = get_loc(r);
		}
		mm->loc = get_loc(r);
	}
}

static void
read_small(struct rctx *r)
{
	struct model *m = r->m;
	uint32_t i, n;

	if (enter(r, MCF_SECT_HEADERS, "headers") != 0)
		return;
	n = get_count(r, 4 * 9);
	m->headers = xcalloc((size_t)n + 1, sizeof(*m->headers));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_header *h = &m->headers[m->nheaders++];

		h->cond = get_str(r);
		h->name = get_nstr(r);
		h->value = get_nstr(r);
		h->loc = get_loc(r);
	}
	if (enter(r, MCF_SECT_PRECS, "precedences") != 0)
		return;
	n = get_count(r, 4 * 6);
	m->precs = xcalloc((size_t)n + 1, sizeof(*m->precs));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_prec *p = &m->precs[m->nprecs++];

		p->name = get_nstr(r);
		p->value = (int)get_u32(r);
		p->loc = get_loc(r);
	}
	if (enter(r, MCF_SECT_TRUSTED, "trusted users") != 0)
		return;
	n = get_count(r, 4 * 4);
	m->trusted = xcalloc((size_t)n + 1, sizeof(*m->trusted));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_trusted *t = &m->trusted[m->ntrusted++];

		t->users = get_vec(r, &t->nusers);
		t->loc = get_loc(r);
	}
	if (enter(r, MCF_SECT_ENVS, "environment") != 0)
		return;
	n = get_count(r, 4 * 7);
	m->envs = xcalloc((size_t)n + 1, sizeof(*m->envs));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_env *e = &m->envs[m->nenvs++];

		e->name = get_nstr(r);
		e->value = get_str(r);
		e->loc = get_loc(r);
	}
	if (enter(r, MCF_SECT_DIRECTIVES, "directives") != 0)
		return;
	n = get_count(r, 4 * 9);
	m->directives = xcalloc((size_t)n + 1, sizeof(*m->directives));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_directive *d = &m->directives[m->ndirectives++];

		d->keyword = get_nstr(r);
		d->args = get_vec(r, &d->nargs);
		d->loc = get_loc(r);
		d->mcloc = get_loc(r);
	}
}

static struct cf_tok *
get_toks(struct rctx *r, size_t *np)
{
	uint32_t i, n = get_count(r, 12);
	struct cf_tok *t = xcalloc((size_t)n + 1, sizeof(*t));

	*np = 0;
	for (i = 0; i < n && !r->cur.bad; i++) {
		uint32_t kind = get_u32(r);

		if (kind > CFT_CTL)
			r->cur.bad = 1;
		t[i].kind = (enum cf_tokkind)(kind > CFT_CTL ? 0 : kind);
		t[i].text = get_nstr(r);
		if (t[i].text[0] == '\0' && t[i].kind != CFT_ATOM)
			r->cur.bad = 1;	/* the printers read text[1] */
		(*np)++;
	}
	return t;
}

static void
read_rulesets(struct rctx *r)
{
	struct model *m = r->m;
	uint32_t i, j, n, nr, num;

	if (enter(r, MCF_SECT_RULESETS, "rulesets") != 0)
		return;
	n = get_count(r, 4 * 7);
	m->rulesets = xcalloc((size_t)n + 1, sizeof(*m->rulesets));
	for (i = 0; i < n && !r->cur.bad; i++) {
		struct model_ruleset *rs = &m->rulesets[m->nrulesets++];

		rs->name = get_nstr(r);
		num = get_u32(r);
		if (num > 1000)
			r->cur.bad = 1;
		rs->number = (int)(num > 1000 ? 0 : num) - 1;
		rs->loc = get_loc(r);
		nr = get_count(r, 4 * 7);
		rs->rules = xcalloc((size_t)nr + 1, sizeof(*rs->rules));
		for (j = 0; j < nr && !r->cur.bad; j++) {
			struct model_rule *ru = &rs->rules[rs->nrules++];

			ru->lhs = get_toks(r, &ru->nlhs);
			ru->rhs = get_toks(r, &ru->nrhs);
			ru->comment = get_str(r);
			ru->loc = get_loc(r);
		}
	}
}

/* Ops that need a text, and those allowed on a left side. */
static int
op_has_text(unsigned op)
{
	return op == RW_OP_LIT || op == RW_OP_CLASS || op == RW_OP_NCLASS ||
	    op == RW_OP_DEFMAC || op == RW_OP_LOOK || op == RW_OP_CALL ||
	    op == RW_OP_LOADMAC;
}

static int
op_lhs_ok(unsigned op)
{
	return op == RW_OP_LIT || op == RW_OP_ZANY || op == RW_OP_ANY ||
	    op == RW_OP_ONE || op == RW_OP_ZERO || op == RW_OP_CLASS ||
	    op == RW_OP_NCLASS || op == RW_OP_DEFMAC || op == RW_OP_LOADMAC ||
	    op == RW_OP_PIPE || op == RW_OP_NET || op == RW_OP_USER ||
	    op == RW_OP_HOST;
}

/* One side of a rule; why (static text) says what was wrong. */
static struct rw_code *
get_code(struct rctx *r, size_t *np, const struct model *m, int lhs,
    unsigned nbind, const char **why)
{
	uint32_t i, n = get_count(r, 12);
	struct rw_code *c = xcalloc((size_t)n + 1, sizeof(*c));

	*np = 0;
	for (i = 0; i < n && !r->cur.bad; i++) {
		c[i].op = get_u32(r);
		c[i].arg = get_u32(r);
		c[i].text = get_str(r);
		if (r->borrow && c[i].text != NULL)
			c[i].text = xstrdup(c[i].text);
		(*np)++;
		if (r->cur.bad)
			break;
		if (c[i].op < RW_OP_LIT || c[i].op >= RW_OP_MAX) {
			*why = "an unknown instruction";
			r->cur.bad = 1;
		} else if (lhs && !op_lhs_ok(c[i].op)) {
			*why = "a right-side instruction on a left side";
			r->cur.bad = 1;
		} else if (op_has_text(c[i].op) != (c[i].text != NULL) ||
		    (c[i].text != NULL && c[i].text[0] == '\0')) {
			*why = "an instruction without its name";
			r->cur.bad = 1;
		} else if (c[i].op == RW_OP_REPL && (c[i].arg < 1 ||
		    c[i].arg > nbind)) {
			*why = "a $n beyond the left side's bindings";
			r->cur.bad = 1;
		} else if (c[i].op == RW_OP_LOOK && (c[i].arg > m->nmaps ||
		    (c[i].arg > 0 && strcmp(m->maps[c[i].arg - 1].name,
		    c[i].text) != 0) || (c[i].arg == 0 &&
		    !in_list(builtin_maps, c[i].text)))) {
			*why = "a reference to a map that is not declared";
			r->cur.bad = 1;
		} else if (c[i].op == RW_OP_CALL && (c[i].arg > m->nrulesets ||
		    (c[i].arg > 0 && set_ref(m, c[i].text) != c[i].arg) ||
		    (c[i].arg == 0 && !rw_stock(c[i].text)))) {
			*why = "a call of a ruleset that does not exist";
			r->cur.bad = 1;
		} else if (c[i].op != RW_OP_REPL && c[i].op != RW_OP_LOOK &&
		    c[i].op != RW_OP_CALL && c[i].arg != 0) {
			*why = "an operand where none belongs";
			r->cur.bad = 1;
		}
	}
	return c;
}

int
rulecode_read(struct rulecode *rc, const struct cft_table *t,
    const struct model *m, const char *name, char *err, size_t errlen)
{
	struct rctx r;
	const char *why = "counts that do not match the rulesets";
	uint32_t i, j, n, nr;

	memset(rc, 0, sizeof(*rc));
	memset(&r, 0, sizeof(r));
	r.cur.t = t;
	r.borrow = 1;
	if (cft_section(t, MCF_SECT_RULECODE, &r.cur) != 0)
		return 1;
	n = get_count(&r, 4);
	if (!r.cur.bad && n != m->nrulesets)
		r.cur.bad = 1;
	rc->sets = xcalloc((size_t)n + 1, sizeof(*rc->sets));
	for (i = 0; i < n && !r.cur.bad; i++) {
		nr = get_count(&r, 8);
		if (!r.cur.bad && nr != m->rulesets[i].nrules) {
			r.cur.bad = 1;
			break;
		}
		rc->sets[i] = xcalloc((size_t)nr + 1, sizeof(**rc->sets));
		rc->nsets = i + 1;
		for (j = 0; j < nr && !r.cur.bad; j++) {
			struct rulecode_rule *ru = &rc->sets[i][j];

			ru->lhs = get_code(&r, &ru->nlhs, m, 1, 0, &why);
			if (!r.cur.bad)
				ru->rhs = get_code(&r, &ru->nrhs, m, 0,
				    rw_code_binds(ru->lhs, ru->nlhs), &why);
			else
				ru->rhs = xcalloc(1, sizeof(*ru->rhs));
		}
	}
	if (r.cur.bad || !cft_at_end(&r.cur)) {
		snprintf(err, errlen, "%s: corrupt table: the rule code holds "
		    "%s; rebuild it with mailcf build", name,
		    r.cur.bad ? why : "bytes after its end");
		rulecode_free(rc);
		return -1;
	}
	return 0;
}

static int
read_files(struct rctx *r)
{
	uint32_t i, n;

	if (enter(r, MCF_SECT_FILES, "file names") != 0)
		return -1;
	n = get_count(r, 8);
	r->files = xcalloc((size_t)n + 1, sizeof(*r->files));
	for (i = 0; i < n && !r->cur.bad; i++) {
		char *s = get_nstr(r);

		r->files[r->nfiles++] = model_intern(r->m, s);
		if (!r->borrow)
			free(s);
	}
	return r->cur.bad ? -1 : 0;
}

/* The model in an opened (validated) table. */
static int
read_table(struct model *m, const struct cft_table *t, const char *name,
    char *err, size_t errlen, int borrow)
{
	struct rctx r;

	memset(&r, 0, sizeof(r));
	r.m = m;
	r.borrow = borrow;
	r.cur.t = t;
	r.what = "file names";
	if (read_files(&r) != 0)
		goto bad;
	if (enter(&r, MCF_SECT_META, "version") != 0 || get_u32(&r) != 1)
		goto bad;
	m->version = (int)get_u32(&r);
	m->vendor = get_str(&r);
	m->version_loc = get_loc(&r);
	if (r.cur.bad)
		goto bad;
	read_options(&r);
	if (!r.cur.bad)
		read_decls(&r);
	if (!r.cur.bad)
		read_fielded(&r, MCF_SECT_MAILERS, "mailers", &m->mailers,
		    &m->nmailers);
	if (!r.cur.bad)
		read_fielded(&r, MCF_SECT_QGROUPS, "queue groups",
		    &m->qgroups, &m->nqgroups);
	if (!r.cur.bad)
		read_fielded(&r, MCF_SECT_MILTERS, "mail filters",
		    &m->milters, &m->nmilters);
	if (!r.cur.bad)
		read_small(&r);
	if (!r.cur.bad)
		read_rulesets(&r);
	if (r.cur.bad || !cft_at_end(&r.cur))
		goto bad;
	free(r.files);
	return 0;
bad:
	snprintf(err, errlen, "%s: corrupt table: the %s section is "
	    "missing, truncated or inconsistent; rebuild it with mailcf "
	    "build", name, r.what);
	free(r.files);
	return -1;
}

int
model_read_table(struct model *m, const void *buf, size_t len,
    const char *name, char *err, size_t errlen)
{
	struct cft_table t;
	char cerr[CFT_ERRLEN];

	if (cft_open(&t, buf, len, cerr, sizeof(cerr)) != 0) {
		snprintf(err, errlen, "%s: %s", name, cerr);
		return -1;
	}
	return read_table(m, &t, name, err, errlen, 0);
}

int
model_read_table_view(struct model *m, const struct cft_table *t,
    const char *name, char *err, size_t errlen)
{
	return read_table(m, t, name, err, errlen, 1);
}

static void
free_fielded_view(struct model_mailer *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].fields);
	free(v);
}

void
model_view_free(struct model *m)
{
	size_t i, j;

	if (m == NULL)
		return;
	for (i = 0; i < m->noptions; i++)
		free(m->options[i].val.items);
	free(m->options);
	free(m->macros);
	for (i = 0; i < m->nclasses; i++)
		free(m->classes[i].words);
	free(m->classes);
	for (i = 0; i < m->nmaps; i++) {
		free(m->maps[i].args);
		free(m->maps[i].flags);
	}
	free(m->maps);
	free_fielded_view(m->mailers, m->nmailers);
	free_fielded_view(m->qgroups, m->nqgroups);
	free_fielded_view(m->milters, m->nmilters);
	free(m->headers);
	free(m->precs);
	for (i = 0; i < m->ntrusted; i++)
		free(m->trusted[i].users);
	free(m->trusted);
	free(m->envs);
	for (i = 0; i < m->ndirectives; i++)
		free(m->directives[i].args);
	free(m->directives);
	for (i = 0; i < m->nrulesets; i++) {
		for (j = 0; j < m->rulesets[i].nrules; j++) {
			free(m->rulesets[i].rules[j].lhs);
			free(m->rulesets[i].rules[j].rhs);
		}
		free(m->rulesets[i].rules);
	}
	free(m->rulesets);
	/* the parser's bookkeeping is not used by the reader, but keep
	   whatever a caller added */
	free(m->section);
	free(m->locmap);
	for (i = 0; i < m->nfiles; i++)
		free(m->files[i]);
	free(m->files);
	for (i = 0; i < m->nsources; i++)
		free(m->sources[i]);
	free(m->sources);
	free(m);
}
