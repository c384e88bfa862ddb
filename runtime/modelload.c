/*
 * modelload.c -- the policy engine's configuration from the model
 * (modelload.h).
 *
 * The declarations are used as sendmail reads them: D lines set macros
 * ($j, $S SMART_HOST, $M MASQUERADE_AS, $H MAIL_HUB, $R LOCAL_RELAY, $L
 * LUSER_RELAY), C and F lines fill classes (F files are read from
 * --mapdir), K lines open the policy maps (access, virtuser,
 * mailertable, generics) and declare the others to the rewriting
 * engine, DeliveryMode is kept.  The stock rulesets are the policy
 * engine's own code; which of their branches apply is decided by the
 * features, read here from the @feature directives (one table, below);
 * the configuration's own rulesets (LOCAL_RULESETS, LOCAL_RULE_0, ...)
 * are compiled into the rewriting engine.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cftable.h"
#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "maps/lmdbmap.h"
#include "compiler/cftio.h"
#include "compiler/model.h"
#include "runtime/cfload.h"
#include "runtime/modelload.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"
#include "runtime/rewrite.h"


struct mload {
	struct policy_config	*cf;
	const struct model	*m;
	const struct cfload_opts *o;
	char			*err;
	size_t			 errlen;
	int			 failed;
	const struct rulecode	*code;		/* the table's, or NULL */
	int			*setix;		/* engine index of ruleset i */
	int			*mapix;		/* engine index of map i */
};

static void
set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = xstrdup(v);
}

static void
fail(struct mload *ld, const struct diag_loc *l, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
fail(struct mload *ld, const struct diag_loc *l, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (l != NULL && l->file != NULL)
		snprintf(ld->err, ld->errlen, "%s:%d: %s", l->file, l->line,
		    msg);
	else
		snprintf(ld->err, ld->errlen, "%s: %s", ld->cf->cf, msg);
	ld->failed = 1;
}

static char *
map_path(const struct mload *ld, const char *p)
{
	if (ld->o->mapdir != NULL && strncmp(p, "/etc/mail/", 10) == 0)
		return xasprintf("%s/%s", ld->o->mapdir, p + 10);
	return xstrdup(p);
}

static void
macros(struct mload *ld)
{
	struct policy_config *cf = ld->cf;
	const struct model *m = ld->m;
	size_t i, nl, vl;

	for (i = 0; i < m->nmacros; i++) {
		const struct model_macro *mm = &m->macros[i];
		struct porigin at = { cf->cf, mm->loc.line };

		nl = strlen(mm->name) + 1;
		vl = strlen(mm->value) + 1;
		cf->macros = xrealloc(cf->macros, cf->macros_len + nl + vl);
		memcpy(cf->macros + cf->macros_len, mm->name, nl);
		memcpy(cf->macros + cf->macros_len + nl, mm->value, vl);
		cf->macros_len += nl + vl;
		if (strcmp(mm->name, "j") == 0)
			set_str(&cf->j, mm->value);
		else if (strcmp(mm->name, "S") == 0) {
			set_str(&cf->smart_host, mm->value);
			cf->smart_host_at = at;
		} else if (strcmp(mm->name, "M") == 0) {
			set_str(&cf->masq_as, mm->value);
			cf->masq_at = at;
		} else if (strcmp(mm->name, "H") == 0)
			set_str(&cf->mail_hub, mm->value);
		else if (strcmp(mm->name, "R") == 0)
			set_str(&cf->local_relay, mm->value);
		else if (strcmp(mm->name, "L") == 0)
			set_str(&cf->luser_relay, mm->value);
	}
}

static void
class_words(struct mload *ld, const struct model_classdecl *c)
{
	struct policy_config *cf = ld->cf;
	struct pclass *dst, *src;
	size_t i, k;

	if (strcmp(c->name, "O") == 0) {
		char ops[16] = "";
		const char *w;

		for (i = 0; i < c->nwords; i++)
			for (w = c->words[i]; *w != '\0'; w++)
				if (strchr("@%!", *w) != NULL &&
				    strchr(ops, *w) == NULL)
					ops[strlen(ops)] = *w;
		set_str(&cf->operators, ops);
		return;
	}
	dst = policy_class_new(cf, c->name);
	for (i = 0; i < c->nwords; i++) {
		const char *w = c->words[i];

		if (strncmp(w, "$=", 2) == 0 && w[2] != '\0') {
			char *ref = w[2] == '{' ? xstrndup(w + 3,
			    strcspn(w + 3, "}")) : xstrndup(w + 2, 1);

			src = policy_class_new(cf, ref);
			dst = policy_class_new(cf, c->name);
			for (k = 0; k < src->n; k++)
				pclass_add(dst, src->v[k]);
			free(ref);
		} else if (strcmp(w, "$w") == 0 || strcmp(w, "$j") == 0)
			pclass_add(dst, w[1] == 'w' ? cf->w : cf->j);
		else
			pclass_add(dst, w);
	}
}

static void
class_file(struct mload *ld, const struct model_classdecl *c)
{
	struct pclass *dst = policy_class_new(ld->cf, c->name);
	char *path, *line = NULL, *w, *save;
	size_t cap = 0;
	FILE *fp;

	if (c->file[0] == '|')
		return;		/* a program: nothing is ever run */
	path = map_path(ld, c->file);
	if ((fp = fopen(path, "r")) == NULL) {
		if (!c->optional)
			fail(ld, &c->loc, "F%s: cannot open '%s': %s",
			    c->name, path, strerror(errno));
		free(path);
		return;
	}
	while (getline(&line, &cap, fp) != -1) {
		save = NULL;
		if (line[0] == '#')
			continue;
		if (c->format != NULL) {	/* %[^\#]: the words before # */
			line[strcspn(line, "#")] = '\0';
			for (w = strtok_r(line, " \t\r\n", &save); w != NULL;
			    w = strtok_r(NULL, " \t\r\n", &save))
				pclass_add(dst, w);
		} else if ((w = strtok_r(line, " \t\r\n", &save)) != NULL)
			pclass_add(dst, w);
	}
	free(line);
	fclose(fp);
	free(path);
}

/* A K line: the rewriting engine knows every map; the policy maps are
   opened here. */
static void
map_decl(struct mload *ld, const struct model_map *mp)
{
	struct policy_config *cf = ld->cf;
	struct strbuf k = STRBUF_INIT;
	struct pmap **slot = NULL;
	int fold = 1, optional = 0, tmpf = 0;
	char *path;
	size_t i;

	strbuf_addf(&k, "%s %s", mp->name, mp->mclass);
	for (i = 0; i < mp->nargs; i++)
		strbuf_addf(&k, " %s", mp->args[i]);
	if (rw_map(cf->rw, k.buf, ld->err, ld->errlen) != 0) {
		char msg[512];

		snprintf(msg, sizeof(msg), "%s", ld->err);
		fail(ld, &mp->loc, "%s", msg);
	}
	strbuf_free(&k);
	if (strcmp(mp->name, "access") == 0)
		slot = &cf->access;
	else if (strcmp(mp->name, "virtuser") == 0)
		slot = &cf->virtuser;
	else if (strcmp(mp->name, "mailertable") == 0)
		slot = &cf->mailertable;
	else if (strcmp(mp->name, "generics") == 0)
		slot = &cf->generics;
	else if (strcmp(mp->name, "domaintable") == 0)
		slot = &cf->domaintable;
	else if (strcmp(mp->name, "resolve") == 0) {
		cf->features &= ~PF_ACCEPT_UNRESOLVABLE;
		return;
	} else if (mp->file != NULL && (strcmp(mp->mclass, "hash") == 0 ||
	    strcmp(mp->mclass, "btree") == 0 || strcmp(mp->mclass, "dbm") == 0))
		slot = policy_omap_slot(cf, mp->name);	/* the cf's own */
	if (slot == NULL || mp->file == NULL)
		return;
	for (i = 0; i < mp->nflags; i++) {
		if (mp->flags[i].flag == 'f')
			fold = 0;
		else if (mp->flags[i].flag == 'o')
			optional = 1;
		else if (mp->flags[i].flag == 'T')
			tmpf = 1;
	}
	if (slot == &cf->access)
		cf->access_tmpf = tmpf;
	/* a map only the cf's rules read: missing = empty */
	if (slot != &cf->access && slot != &cf->virtuser &&
	    slot != &cf->mailertable && slot != &cf->generics &&
	    slot != &cf->domaintable)
		optional = 1;
	path = map_path(ld, mp->file);
	pmap_close(*slot);
	/* a map built by makemap (PATH.lmdb) wins over its text source */
	{
		char *lpath = lmdbmap_filename(path);

		if (access(lpath, F_OK) == 0)
			*slot = pmap_open_lmdb(mp->name, lpath, path, ld->err,
			    ld->errlen);
		else
			*slot = pmap_open_text(mp->name, path, fold,
			    optional || ld->o->mapdir != NULL, ld->err,
			    ld->errlen);
		free(lpath);
	}
	if (*slot == NULL) {
		char msg[512];

		snprintf(msg, sizeof(msg), "%s", ld->err);
		fail(ld, &mp->loc, "%s", msg);
	}
	free(path);
}

static const char *
arg(const struct model_directive *d, size_t i)
{
	return i < d->nargs ? d->args[i] : "";
}

/* A DNS list, with the texts the cf kit's dnsbl/enhdnsbl rules give. */
static void
dnsbl(struct mload *ld, const struct model_directive *d, int enhanced)
{
	struct policy_config *cf = ld->cf;
	const char *zone = arg(d, 1), *msg = arg(d, 2), *tmp = arg(d, 3);
	struct pdnsbl *b;
	char *dflt;

	if (zone[0] == '\0')
		zone = enhanced ? "blackholes.mail-abuse.org" :
		    "blackholes.mail-abuse.org";
	cf->dnsbl = xreallocarray(cf->dnsbl, cf->ndnsbl + 1,
	    sizeof(*cf->dnsbl));
	b = &cf->dnsbl[cf->ndnsbl++];
	memset(b, 0, sizeof(*b));
	b->zone = xstrdup(zone);
	b->enhanced = enhanced;
	b->at.file = cf->cf;	/* the model's strings go after loading */
	b->at.line = d->loc.line;
	dflt = xasprintf("\"550 Rejected: \" $&{client_addr} \" listed at "
	    "%s\"", zone);
	if (strcmp(msg, "quarantine") == 0)
		b->hit = xasprintf("$#error $@ quarantine $: %s", zone);
	else if (strcmp(msg, "discard") == 0)
		b->hit = xasprintf("$#discard $: %s", zone);
	else
		b->hit = xasprintf("$#error $@ 5.7.1 $: %s",
		    msg[0] != '\0' ? msg : dflt);
	if (strcmp(tmp, "t") == 0)
		b->tmp = xasprintf("$#error $@ 4.4.3 $: \"451 Temporary lookup "
		    "failure of \" $&{client_addr} \" at %s\"", zone);
	else if (tmp[0] != '\0')
		b->tmp = xasprintf("$#error $@ 4.4.3 $: %s", tmp);
	if (enhanced) {
		size_t i;

		for (i = 4; i < d->nargs; i++)
			if (d->args[i][0] != '\0')
				pclass_add(&b->answers, d->args[i]);
	}
	free(dflt);
}

static void
features(struct mload *ld)
{
	struct policy_config *cf = ld->cf;
	const struct model *m = ld->m;
	size_t i, k;

	for (i = 0; i < m->ndirectives; i++) {
		const struct model_directive *d = &m->directives[i];
		const char *f;

		if (strcmp(d->keyword, "feature") != 0 || d->nargs == 0)
			continue;
		f = d->args[0];
		cf->features |= policy_feature_flag(f, strlen(f));
		cf->features2 |= policy_feature_flag2(f, strlen(f));
		if (strcmp(f, "ratecontrol") == 0 ||
		    strcmp(f, "conncontrol") == 0) {
			int rate = f[0] == 'r';

			if (strcasecmp(arg(d, 1), "nodelay") == 0)
				cf->features2 |= rate ? PF2_RATE_NOW :
				    PF2_CONN_NOW;
			if (strcmp(arg(d, 2), "terminate") == 0)
				*(rate ? &cf->rate_reply : &cf->conn_reply) =
				    421;
		}
		if (strcmp(f, "badmx") == 0) {
			free(cf->badmx_ip);
			cf->badmx_ip = xstrdup(arg(d, 1)[0] != '\0' ?
			    arg(d, 1) : "^(127\\.|10\\.|0\\.0\\.0\\.0)");
		}
		if (strcmp(f, "access_db") == 0) {
			for (k = 2; k < d->nargs && k < 5; k++) {
				if (strcasecmp(d->args[k], "skip") == 0)
					cf->features |= PF_ACCESS_SKIP;
				else if (strcasecmp(d->args[k],
				    "lookupdotdomain") == 0)
					cf->features |= PF_LOOKUPDOTDOMAIN;
				else if (strcasecmp(d->args[k],
				    "relaytofulladdress") == 0)
					cf->features |= PF_RELAYTOFULLADDRESS;
			}
		} else if (strcmp(f, "nouucp") == 0)
			cf->nouucp_reject = arg(d, 1)[0] == 'r';
		else if (strcmp(f, "nopercenthack") == 0)
			cf->nopercent_reject = arg(d, 1)[0] == 'r';
		else if (strcmp(f, "delay_checks") == 0) {
			int c = arg(d, 1)[0];

			cf->delay_mode = c == 'f' || c == 'F' ? 'f' :
			    c == 'h' || c == 'H' ? 'h' : 0;
		} else if (strcmp(f, "relay_mail_from") == 0 &&
		    strcmp(arg(d, 1), "domain") == 0)
			cf->features |= PF_RELAY_MAIL_FROM_DOM;
		else if (strcmp(f, "dnsbl") == 0)
			dnsbl(ld, d, 0);
		else if (strcmp(f, "enhdnsbl") == 0)
			dnsbl(ld, d, 1);
	}
	for (i = 0; i < m->nmailers; i++)
		if (strcmp(m->mailers[i].name, "esmtp") == 0)
			cf->features |= PF_HAS_SMTP;
	/* the cf kit always writes check_relay */
	cf->features |= PF_CHECK_RELAY;
}

/* $x in rules is expanded when the rule is read. */
static const char *
rule_macro(void *a, const char *name)
{
	struct mload *ld = a;

	if (strcmp(name, "j") == 0)
		return ld->cf->j;
	if (strcmp(name, "w") == 0)
		return ld->cf->w;
	if (strcmp(name, "m") == 0)
		return ld->cf->m;
	return policy_macro(ld->cf, name);
}

/* The cf kit's names for the numbered rulesets the sections fill. */
static const char *
ruleset_line(const struct model_ruleset *rs, char *buf, size_t len)
{
	if (strcmp(rs->name, "98") == 0)
		return "ParseLocal=98";
	/* LOCAL_RULE_1, _2: the kit's rulesets 1 and 2; LOCAL_RULE_3: the
	   rules the kit splices into Canonify2 (route.c runs them) */
	if (strcmp(rs->name, "1") == 0)
		return "sender=1";
	if (strcmp(rs->name, "2") == 0)
		return "recipient=2";
	if (strcmp(rs->name, "3") == 0)
		return "LOCAL_RULE_3";
	if (rs->number >= 0 && (rs->name[0] < '0' || rs->name[0] > '9'))
		snprintf(buf, len, "%s=%d", rs->name, rs->number);
	else
		snprintf(buf, len, "%s", rs->name);
	return buf;
}

/*
 * The configuration's own rules, as code: the table's RULECODE section
 * when the model came from a table that has one, else compiled from
 * the model's tokens here (a .mc, an older table).  Either way the rule
 * engine gets the same instructions; $x on a left side is expanded now.
 */
static void
rulesets(struct mload *ld)
{
	struct policy_config *cf = ld->cf;
	const struct model *m = ld->m;
	const struct rulecode *rc = ld->code;
	const struct diag_loc *where;
	struct rulecode own;
	char sline[160], e2[256];
	size_t i, j;
	int set;

	if (rc == NULL) {
		if (rulecode_compile(&own, m, e2, sizeof(e2), &where) != 0) {
			fail(ld, where, "%s", e2);
			return;
		}
		rc = &own;
	}
	/* every ruleset first: a $> operand may name a later one */
	ld->setix = xcalloc(m->nrulesets + 1, sizeof(*ld->setix));
	for (i = 0; i < m->nrulesets; i++)
		ld->setix[i] = i < rc->nsets ? rw_ruleset(cf->rw,
		    ruleset_line(&m->rulesets[i], sline, sizeof(sline))) : -1;
	for (i = 0; i < m->nrulesets && i < rc->nsets; i++) {
		const struct model_ruleset *rs = &m->rulesets[i];

		set = ld->setix[i];
		/* a .mc's Basic_check_relay holds only its LOCAL_DNSBL
		   rules (the stock ones are the engine's own code) */
		if (rs->nrules > 0 && rs->name != NULL &&
		    strcmp(rs->name, "Basic_check_relay") == 0)
			cf->local_dnsbl = 1;
		for (j = 0; j < rs->nrules; j++) {
			const struct rulecode_rule *c = &rc->sets[i][j];

			rw_rule_code(cf->rw, set, c->lhs, c->nlhs, c->rhs,
			    c->nrhs, rule_macro, ld, rs->rules[j].loc.file ?
			    rs->rules[j].loc.file : cf->cf,
			    rs->rules[j].loc.line);
		}
	}
	if (rc == &own)
		rulecode_free(&own);
}

int
modelload_model(struct policy_config *cf, const struct model *m,
    const char *name, const struct cfload_opts *o, char *err, size_t errlen)
{
	return modelload_model_code(cf, m, NULL, name, o, err, errlen);
}

int
modelload_model_code(struct policy_config *cf, const struct model *m,
    const struct rulecode *code, const char *name,
    const struct cfload_opts *o, char *err, size_t errlen)
{
	struct mload ld;
	const struct model_option *dm;
	size_t i;

	memset(&ld, 0, sizeof(ld));
	ld.cf = cf;
	ld.m = m;
	ld.code = code;
	ld.o = o;
	ld.err = err;
	ld.errlen = errlen;
	set_str(&cf->cf, name);
	if (o->hosts != NULL) {
		cf->res = resolver_hosts(o->hosts, o->hostname, err, errlen);
		if (cf->res == NULL)
			return -1;
	} else
		cf->res = resolver_system();
	cfload_identity(ld.cf, ld.o->hostname);
	/* no Kresolve line = accept_unresolvable_domains */
	cf->features |= PF_ACCEPT_UNRESOLVABLE;
	cf->rw = rw_new();
	features(&ld);
	macros(&ld);
	for (i = 0; i < m->nclasses && !ld.failed; i++) {
		if (m->classes[i].kind == CLASS_WORDS)
			class_words(&ld, &m->classes[i]);
		else
			class_file(&ld, &m->classes[i]);
	}
	ld.mapix = xcalloc(m->nmaps + 1, sizeof(*ld.mapix));
	for (i = 0; i < m->nmaps && !ld.failed; i++) {
		int before = rw_nmaps(cf->rw);

		map_decl(&ld, &m->maps[i]);
		ld.mapix[i] = rw_nmaps(cf->rw) > before ?
		    rw_nmaps(cf->rw) - 1 : -1;
	}
	if ((dm = model_option(m, "DeliveryMode", NULL)) != NULL)
		cf->delivery_mode = dm->raw[0];
	if (!ld.failed)
		rulesets(&ld);
	if (!ld.failed)
		rw_link_code(cf->rw, ld.setix, ld.setix != NULL ?
		    m->nrulesets : 0, ld.mapix, m->nmaps);
	free(ld.setix);
	free(ld.mapix);
	/* sendmail puts $j into $=w after reading the file */
	pclass_add(&cf->cw, cf->j);
	if (cf->features & PF_RELAY_ENTIRE_DOMAIN)
		pclass_add(&cf->cm, cf->m);
	return ld.failed ? -1 : 0;
}

int
modelload_handles(const char *path)
{
	size_t n = strlen(path);

	return (n > 4 && strcmp(path + n - 4, ".cft") == 0) ||
	    (n > 3 && strcmp(path + n - 3, ".mc") == 0);
}

/* A table: read as a view of the file's bytes (no string copied). */
static int
load_table(struct policy_config *cf, const char *path,
    const struct cfload_opts *o, char *err, size_t errlen)
{
	struct cft_table t;
	struct model *m;
	char cerr[CFT_ERRLEN];
	int rc;

	if (cft_map_file(&t, path, cerr, sizeof(cerr)) != 0) {
		snprintf(err, errlen, "%s", cerr);
		return -1;
	}
	m = model_new();
	rc = model_read_table_view(m, &t, path, err, errlen);
	if (rc == 0) {
		struct rulecode code;
		int has = rulecode_read(&code, &t, m, path, err, errlen);

		if (has < 0)
			rc = -1;
		else
			rc = modelload_model_code(cf, m, has == 0 ? &code : NULL,
			    path, o, err, errlen);
		if (has == 0)
			rulecode_free(&code);
	}
	model_view_free(m);
	cft_close(&t);
	return rc;
}

int
modelload(struct policy_config *cf, const char *path,
    const struct cfload_opts *o, char *err, size_t errlen)
{
	struct model *m;
	size_t n = strlen(path);
	int rc;

	if (n > 4 && strcmp(path + n - 4, ".cft") == 0)
		return load_table(cf, path, o, err, errlen);
	m = model_new();

	rc = model_load_any(m, path, NULL);
	if (rc != 0) {
		snprintf(err, errlen, "%s: %s", path, rc == -2 ?
		    "cannot be read" : "the configuration has errors");
		diag_forget_sources();
		model_free(m);
		return -1;
	}
	rc = modelload_model(cf, m, path, o, err, errlen);
	diag_forget_sources();
	model_free(m);
	return rc;
}
