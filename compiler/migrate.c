/*
 * migrate.c -- `mailcf migrate`: reconstruct a .mc from a legacy
 * m4-generated sendmail.cf (possibly hand-edited).
 *
 * How: the cf kit leaves a "#####  $Id: NAME.m4,v ..." line for every
 * file it read, so OSTYPE, DOMAIN, HACK, FEATURE and MAILER are read off
 * those traces (the kind of NAME is where our cf-templates keep it).  A
 * skeleton .mc with just those is compiled with our templates, and the
 * legacy .cf is compared with it declaration by declaration:
 *   options   a value that differs becomes define(`confVAR', `value')
 *             (the option -> variable table is cf-templates/lib/options.m4),
 *   macros    DS DM Dj DH DR DL become SMART_HOST, MASQUERADE_AS, ...,
 *   classes   extra words of w R M E become LOCAL_DOMAIN, RELAY_DOMAIN, ...,
 *   daemons   DAEMON_OPTIONS (and no_default_msa),
 *   maps      the K line of a feature's map becomes the feature argument.
 * Anything else that differs (other D/C/F/K/O lines, rulesets that the cf
 * kit does not write, rules in the Local_* hooks) is carried verbatim as
 * LOCAL_CONFIG / LOCAL_RULESETS and listed in the migration report with
 * its .cf line number.
 *
 * XXX a rule added by hand inside a stock ruleset (S0, check_rcpt, ...) is
 * not detected: that needs the stock rules, which only the cf kit has.
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
#include "compiler/commands.h"
#include "compiler/lintint.h"
#include "compiler/model.h"
#include "maps/maputil.h"

/* Rulesets the cf kit writes (their rules are the kit's, not the site's). */
static const char *const stock_sets[] = {
	"0", "1", "2", "3", "4", "5", "A", "AddDomain", "Basic_check_mail",
	"Basic_check_rcpt", "Basic_check_relay", "CanonAddr", "CanonLocal",
	"Canonify2", "D", "E", "EnvFromL", "EnvFromSMTP", "EnvToL",
	"EnvToSMTP", "F", "HdrFromL", "HdrFromSMTP", "HdrToL", "MailerToTriple",
	"Mailertable", "MasqEnv", "MasqHdr", "MasqRelay", "MasqSMTP", "Parse0",
	"Parse1", "ParseLocal", "ParseRecipient", "PseudoToReal", "Rcpt_ok",
	"Recurse", "RelayTLS", "Relay_ok", "SearchList", "TLS_connection",
	"TLS_req", "U", "authinfo", "canonify", "check_mail", "check_rcpt",
	"check_relay", "clt_features", "final", "localaddr", "max", "parse",
	"srv_features", "tls_client", "tls_rcpt", "tls_server", "trust_auth",
	"try_tls", "check_eoh", "check_compat", "check_etrn", "check_expn",
	"check_vrfy", "check_data", "check_eom", "Local_localaddr",
	"Local_check_relay", "Local_check_mail", "Local_check_rcpt",
	"Local_trust_auth", "Local_Relay_Auth", "Local_check_eoh",
	"Local_tls_client", "Local_tls_server", "Local_tls_rcpt",
	"Local_try_tls", "Local_srv_features", "Local_clt_features",
	"Local_greet_pause", "greet_pause", "dnsbl", "EnvFromUUCP",
	"EnvToUUCP", "HdrFromUUCP", "HdrToUUCP", "UUCP", "Local_check_mail0",
	"LDAPExpand", "tls_srv_features", "tls_clt_features",
	"Local_tls_srv_features", "Local_tls_clt_features", "ParseMailer",
	"EnvFromProg", "HdrFromProg", "EnvToProg", "HdrToProg", NULL
};

/* Features whose map is named by the K line (feature argument). */
static const struct {
	const char *feature, *map;
} feature_maps[] = {
	{ "access_db", "access" }, { "virtusertable", "virtuser" },
	{ "mailertable", "mailertable" }, { "genericstable", "generics" },
	{ "domaintable", "domaintable" }, { "authinfo", "authinfo" },
	{ "bitdomain", "bitdomain" }, { "uucpdomain", "uucpdomain" },
};

static const struct {
	const char *macro, *mcname;
} macro_names[] = {
	{ "S", "SMART_HOST" }, { "M", "MASQUERADE_AS" },
	{ "j", "define(`confDOMAIN_NAME'" }, { "H", "MAIL_HUB" },
	{ "R", "LOCAL_RELAY" }, { "L", "LUSER_RELAY" },
};

static const struct {
	const char *cls, *mcname;
} class_names[] = {
	{ "w", "LOCAL_DOMAIN" }, { "R", "RELAY_DOMAIN" },
	{ "M", "MASQUERADE_DOMAIN" }, { "E", "EXPOSED_USER" },
	{ "G", "GENERICS_DOMAIN" }, { "N", "MASQUERADE_EXCEPTION" },
};

struct mig {
	const char	*cfpath;
	const char	*tpl;
	char		*text;		/* the legacy .cf */
	struct model	*old;
	struct strbuf	 pre, late, head, feat, defs, mailers, local, rules, report;
	int		 nreport;
	char		**optvar;	/* option name -> variable, pairs */
	size_t		 noptvar;
};

static void
report(struct mig *g, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
report(struct mig *g, int line, const char *fmt, ...)
{
	va_list ap;

	strbuf_addf(&g->report, "%s:%d: ", g->cfpath, line);
	va_start(ap, fmt);
	strbuf_vaddf(&g->report, fmt, ap);
	va_end(ap);
	strbuf_addc(&g->report, '\n');
	g->nreport++;
}

static int
tpl_has(const struct mig *g, const char *kind, const char *name)
{
	char *p = xasprintf("%s/%s/%s.m4", g->tpl, kind, name);
	int r = access(p, R_OK) == 0;

	free(p);
	return r;
}

/* options.m4 rows: _mc_opt...(`Name', `var' */
static void
load_optvars(struct mig *g)
{
	char *path = xasprintf("%s/lib/options.m4", g->tpl), *buf, *p;
	size_t len;

	if (maputil_readfile(path, &buf, &len) == 0) {
		buf[len] = '\0';
		for (p = buf; (p = strstr(p, "_mc_opt")) != NULL; p++) {
			char name[128], var[128];
			const char *q = p + 7;

			while (islower((unsigned char)*q) || *q == '_')
				q++;
			if (sscanf(q, "(`%127[^']', `%127[^']'", name, var) != 2)
				continue;
			g->optvar = xreallocarray(g->optvar, g->noptvar + 2,
			    sizeof(char *));
			g->optvar[g->noptvar++] = xstrdup(name);
			g->optvar[g->noptvar++] = xstrdup(var);
		}
		free(buf);
	}
	free(path);
}

static const char *
optvar(const struct mig *g, const char *name)
{
	size_t i;

	for (i = 0; i + 1 < g->noptvar; i += 2)
		if (strcasecmp(g->optvar[i], name) == 0)
			return g->optvar[i + 1];
	return NULL;
}

/* The K line arguments of map name in the legacy cf, or NULL. */
static char *
map_args(const struct model *m, const char *name)
{
	size_t i, j;
	struct strbuf sb = STRBUF_INIT;

	for (i = 0; i < m->nmaps; i++)
		if (strcmp(m->maps[i].name, name) == 0) {
			strbuf_adds(&sb, m->maps[i].mclass);
			for (j = 0; j < m->maps[i].nargs; j++) {
				strbuf_addc(&sb, ' ');
				strbuf_adds(&sb, m->maps[i].args[j]);
			}
			return strbuf_detach(&sb, NULL);
		}
	return NULL;
}

static int
in_list(char **v, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/* Read the $Id traces: OSTYPE, DOMAIN, HACK, FEATURE, MAILER. */
static void
traces(struct mig *g, char ***feats, size_t *nfeats)
{
	char *p, *e;
	int line = 0;

	for (p = g->text; p && *p; p = e ? e + 1 : NULL) {
		char name[128];

		e = strchr(p, '\n');
		line++;
		if (strncmp(p, "#####  $Id: ", 12) != 0 ||
		    sscanf(p + 12, "%127[^.].m4,v", name) != 1)
			continue;
		if (strcmp(name, "cfhead") == 0 || strcmp(name, "cf") == 0 ||
		    strcmp(name, "proto") == 0 || strcmp(name, "version") == 0)
			continue;
		if (tpl_has(g, "ostype", name) && g->head.len == 0)
			strbuf_addf(&g->head, "OSTYPE(`%s')dnl\n", name);
		else if (tpl_has(g, "domain", name))
			strbuf_addf(&g->head, "DOMAIN(`%s')dnl\n", name);
		else if (tpl_has(g, "mailer", name))
			strbuf_addf(&g->mailers, "MAILER(`%s')dnl\n", name);
		else if (tpl_has(g, "hack", name))
			strbuf_addf(&g->head, "HACK(`%s')dnl\n", name);
		else if (tpl_has(g, "feature", name)) {
			*feats = xreallocarray(*feats, *nfeats + 1,
			    sizeof(char *));
			(*feats)[(*nfeats)++] = xstrdup(name);
		} else
			report(g, line, "%s.m4 is not a file of the cf kit we "
			    "know; not carried", name);
	}
}

/* Compile .mc text with our templates; NULL on failure. */
static struct model *
compile_text(struct mig *g, const char *text)
{
	char *ir = NULL;
	int errors;
	struct lint_kitmsgs kit = { NULL, 0 };
	struct model *m;
	size_t i;
	FILE *saved = NULL;

	(void)saved;
	m = lint_compile("migrate.mc", text, g->tpl, &ir, &errors, &kit);
	for (i = 0; i < kit.n; i++) {
		free(kit.v[i].text);
		free(kit.v[i].file);
	}
	free(kit.v);
	free(ir);
	return m;
}

static void
features(struct mig *g, char **feats, size_t nfeats)
{
	struct strbuf all = STRBUF_INIT;
	struct model *base;
	char **implied = NULL;
	size_t ni = 0, i, k;

	/* features that OSTYPE, DOMAIN or another FEATURE call themselves */
	strbuf_adds(&all, strbuf_str(&g->head));
	for (i = 0; i < nfeats; i++)
		strbuf_addf(&all, "FEATURE(`%s'%s%s%s)dnl\n", feats[i],
		    strcmp(feats[i], "nullclient") == 0 ? ", `" : "",
		    strcmp(feats[i], "nullclient") == 0 ?
		    (model_macro(g->old, "S") ? model_macro(g->old, "S") : "") :
		    "", strcmp(feats[i], "nullclient") == 0 ? "'" : "");
	base = compile_text(g, strbuf_str(&all));
	strbuf_free(&all);
	for (i = 0; base != NULL && i < base->ndirectives; i++) {
		const struct model_directive *d = &base->directives[i];

		if (strcmp(d->keyword, "feature") == 0 && d->nargs > 0 &&
		    (d->mcloc.file == NULL ||
		    strcmp(d->mcloc.file, "migrate.mc") != 0)) {
			implied = xreallocarray(implied, ni + 1, sizeof(char *));
			implied[ni++] = d->args[0];
		}
	}
	for (i = 0; i < nfeats; i++) {
		char *args = NULL;

		if (in_list(implied, ni, feats[i]))
			continue;
		for (k = 0; k < sizeof(feature_maps) / sizeof(feature_maps[0]);
		    k++)
			if (strcmp(feature_maps[k].feature, feats[i]) == 0)
				args = map_args(g->old, feature_maps[k].map);
		if (args == NULL && strcmp(feats[i], "nullclient") == 0 &&
		    model_macro(g->old, "S") != NULL)
			args = xstrdup(model_macro(g->old, "S"));
		if (args != NULL)
			strbuf_addf(&g->feat, "FEATURE(`%s', `%s')dnl\n",
			    feats[i], args);
		else
			strbuf_addf(&g->feat, "FEATURE(`%s')dnl\n", feats[i]);
		free(args);
	}
	free(implied);
	if (base != NULL)
		model_free(base);
}

/* "Name" or "Name.sub" of an option, as the cf writes it */
static void
optname(const struct model_option *o, char *buf, size_t n)
{
	if (o->sub != NULL)
		snprintf(buf, n, "%s.%s", o->def->name, o->sub);
	else
		snprintf(buf, n, "%s", o->def->name);
}

static const struct model_option *
find_opt(const struct model *m, const char *full)
{
	size_t i;
	const struct model_option *r = NULL;
	char nm[256];

	for (i = 0; i < m->noptions; i++) {
		optname(&m->options[i], nm, sizeof(nm));
		if (strcasecmp(nm, full) == 0)
			r = &m->options[i];
	}
	return r;
}

static void
options(struct mig *g, const struct model *base)
{
	size_t i, j, nold = 0, nbase = 0;
	int differ = 0, msa = 0;
	char nm[256];

	for (i = 0; i < g->old->noptions; i++) {
		const struct model_option *o = &g->old->options[i], *b;
		const char *var, *raw = o->raw ? o->raw : "";

		if (strcmp(o->def->name, "DaemonPortOptions") == 0)
			continue;
		optname(o, nm, sizeof(nm));
		if (find_opt(g->old, nm) != o)
			continue;	/* a later line wins */
		b = find_opt(base, nm);
		if (b != NULL && strcmp(b->raw ? b->raw : "", raw) == 0 &&
		    b->bare == o->bare)
			continue;
		if ((var = optvar(g, nm)) != NULL && !o->bare)
			/* the filter list after the INPUT_MAIL_FILTERs that
			   would add to it */
			strbuf_addf(strcmp(nm, "InputMailFilters") == 0 ?
			    &g->late : &g->defs, "define(`%s', `%s')dnl\n", var,
			    raw);
		else {
			strbuf_addf(&g->local, "O %s%s%s\n", nm,
			    o->bare ? "" : "=", raw);
			report(g, o->loc.line, "option %s has no cf variable; "
			    "carried as LOCAL_CONFIG", nm);
		}
	}
	for (i = 0; i < base->noptions; i++) {
		optname(&base->options[i], nm, sizeof(nm));
		if (strcmp(base->options[i].def->name, "DaemonPortOptions") != 0 &&
		    find_opt(g->old, nm) == NULL)
			report(g, 0, "option %s, which the cf kit writes, is "
			    "not in the .cf (removed by hand?); not carried", nm);
	}
	/* listeners */
	for (i = 0; i < g->old->noptions; i++)
		if (strcmp(g->old->options[i].def->name,
		    "DaemonPortOptions") == 0)
			nold++;
	for (i = 0; i < base->noptions; i++)
		if (strcmp(base->options[i].def->name,
		    "DaemonPortOptions") == 0)
			nbase++;
	differ = nold != nbase;
	for (i = 0, j = 0; !differ && i < g->old->noptions; i++) {
		const struct model_option *o = &g->old->options[i];

		if (strcmp(o->def->name, "DaemonPortOptions") != 0)
			continue;
		while (j < base->noptions && strcmp(base->options[j].def->name,
		    "DaemonPortOptions") != 0)
			j++;
		if (j >= base->noptions || strcmp(base->options[j].raw,
		    o->raw) != 0)
			differ = 1;
		j++;
	}
	if (!differ)
		return;
	for (i = 0; i < g->old->noptions; i++) {
		const struct model_option *o = &g->old->options[i];

		if (strcmp(o->def->name, "DaemonPortOptions") != 0)
			continue;
		if (strcmp(o->raw, "Port=587, Name=MSA, M=E") == 0) {
			msa = 1;
			continue;
		}
		strbuf_addf(&g->defs, "DAEMON_OPTIONS(`%s')dnl\n", o->raw);
	}
	if (!msa)
		strbuf_adds(&g->feat, "FEATURE(`no_default_msa')dnl\n");
}

static void
macros(struct mig *g, const struct model *base)
{
	size_t i, k;

	for (i = 0; i < g->old->nmacros; i++) {
		const struct model_macro *mm = &g->old->macros[i];
		const char *b = model_macro(base, mm->name);
		const char *mc = NULL;

		if (model_macro(g->old, mm->name) != mm->value)
			continue;
		if (b != NULL && strcmp(b, mm->value) == 0)
			continue;
		for (k = 0; k < sizeof(macro_names) / sizeof(macro_names[0]);
		    k++)
			if (strcmp(macro_names[k].macro, mm->name) == 0)
				mc = macro_names[k].mcname;
		if (mc != NULL && strcmp(mm->name, "M") == 0)
			strbuf_addf(&g->defs, "MASQUERADE_AS(`%s')dnl\n",
			    mm->raw);
		else if (mc != NULL && strcmp(mm->name, "j") == 0)
			strbuf_addf(&g->defs, "define(`confDOMAIN_NAME', "
			    "`%s')dnl\n", mm->raw);
		else if (mc != NULL)
			strbuf_addf(&g->defs, "define(`%s', `%s')dnl\n", mc,
			    mm->raw);
		else {
			strbuf_addf(&g->local, "D%s%s%s%s\n",
			    strlen(mm->name) > 1 ? "{" : "", mm->name,
			    strlen(mm->name) > 1 ? "}" : "", mm->raw);
			report(g, mm->loc.line, "macro %s carried as "
			    "LOCAL_CONFIG", mm->name);
		}
	}
}

/* Mailer fields a .mc variable sets: mailer, field, variable. */
static const struct {
	const char *mailer;
	char field;
	const char *var;
} mailer_vars[] = {
	{ "local", 'P', "LOCAL_MAILER_PATH" },
	{ "local", 'A', "LOCAL_MAILER_ARGS" },
	{ "local", 'M', "LOCAL_MAILER_MAX" },
	{ "prog", 'P', "LOCAL_SHELL_PATH" },
	{ "prog", 'A', "LOCAL_SHELL_FLAGS" },
	{ "smtp", 'M', "SMTP_MAILER_MAX" },
	{ "esmtp", 'M', "SMTP_MAILER_MAX" },
	{ "relay", 'M', "SMTP_MAILER_MAX" },
	{ "procmail", 'P', "PROCMAIL_MAILER_PATH" },
	{ "procmail", 'M', "PROCMAIL_MAILER_MAX" },
	{ "cyrus", 'M', "CYRUS_MAILER_MAX" },
	{ "cyrus", 'P', "CYRUS_MAILER_PATH" },
	{ "uucp", 'M', "UUCP_MAILER_MAX" },
	{ "uucp", 'P', "UUCP_MAILER_PATH" },
};

static const char *
mfield(const struct model_mailer *m, char code)
{
	size_t i;

	for (i = 0; i < m->nfields; i++)
		if (m->fields[i].code == code)
			return m->fields[i].value;
	return NULL;
}

static void
mailers(struct mig *g, const struct model *base, int procmail_local)
{
	size_t i, j, k;
	const char *codes = "PAMFSRELTUNDCWZ";

	for (i = 0; i < g->old->nmailers; i++) {
		const struct model_mailer *om = &g->old->mailers[i];
		const struct model_mailer *bm = NULL;

		for (j = 0; j < base->nmailers; j++)
			if (strcmp(base->mailers[j].name, om->name) == 0)
				bm = &base->mailers[j];
		if (bm == NULL) {
			report(g, om->loc.line, "mailer %s is not one the "
			    "MAILERs write; not carried", om->name);
			continue;
		}
		for (j = 0; codes[j]; j++) {
			const char *ov = mfield(om, codes[j]),
			    *bv = mfield(bm, codes[j]), *var = NULL;

			if ((ov == NULL && bv == NULL) ||
			    (ov && bv && strcmp(ov, bv) == 0))
				continue;
			for (k = 0; k < sizeof(mailer_vars) /
			    sizeof(mailer_vars[0]); k++)
				if (strcmp(mailer_vars[k].mailer, om->name) == 0 &&
				    mailer_vars[k].field == codes[j])
					var = mailer_vars[k].var;
			if (var != NULL && strcmp(var, "LOCAL_MAILER_PATH") == 0 &&
			    procmail_local)
				var = "PROCMAIL_MAILER_PATH";
			if (var != NULL && ov != NULL &&
			    strcmp(var, "PROCMAIL_MAILER_PATH") == 0 &&
			    procmail_local)
				/* OSTYPE sets it and calls the feature */
				strbuf_addf(&g->defs, "define(`%s', `%s')dnl\n"
				    "FEATURE(`local_procmail')dnl\n", var, ov);
			else if (var != NULL && ov != NULL)
				strbuf_addf(&g->pre, "define(`%s', `%s')dnl\n",
				    var, ov);
			else
				report(g, om->loc.line, "mailer %s: %c=%s "
				    "differs from the MAILER's %s; not carried",
				    om->name, codes[j], ov ? ov : "(none)",
				    bv ? bv : "(none)");
		}
	}
}

static int
base_class_file(const struct model *base, const struct model_classdecl *c)
{
	size_t i;

	for (i = 0; i < base->nclasses; i++) {
		const struct model_classdecl *b = &base->classes[i];

		if (b->kind == CLASS_FILE && strcmp(b->name, c->name) == 0 &&
		    strcmp(b->file, c->file) == 0)
			return 1;
	}
	return 0;
}

static void
classes(struct mig *g, const struct model *base)
{
	size_t i, j, k;

	for (i = 0; i < g->old->nclasses; i++) {
		const struct model_classdecl *c = &g->old->classes[i];
		const char *mc = NULL;
		const char *br = strlen(c->name) > 1 ? "{" : "";
		const char *bc = strlen(c->name) > 1 ? "}" : "";

		if (c->kind == CLASS_FILE) {
			if (base_class_file(base, c))
				continue;
			strbuf_addf(&g->local, "F%s%s%s%s%s%s%s\n", br, c->name,
			    bc, c->optional ? "-o " : "", c->file,
			    c->format ? " " : "", c->format ? c->format : "");
			report(g, c->loc.line, "class file F%s %s carried as "
			    "LOCAL_CONFIG", c->name, c->file);
			continue;
		}
		for (k = 0; k < sizeof(class_names) / sizeof(class_names[0]);
		    k++)
			if (strcmp(class_names[k].cls, c->name) == 0)
				mc = class_names[k].mcname;
		for (j = 0; j < c->nwords; j++) {
			if (model_class_has(base, c->name, c->words[j]))
				continue;
			if (mc != NULL)
				strbuf_addf(&g->defs, "%s(`%s')dnl\n", mc,
				    c->words[j]);
			else {
				strbuf_addf(&g->local, "C%s%s%s%s\n", br,
				    c->name, bc, c->words[j]);
				report(g, c->loc.line, "class %s word %s "
				    "carried as LOCAL_CONFIG", c->name,
				    c->words[j]);
			}
		}
	}
}

static void
maps(struct mig *g, const struct model *base)
{
	size_t i, j, k;

	for (i = 0; i < g->old->nmaps; i++) {
		const struct model_map *mp = &g->old->maps[i];
		int found = 0;

		for (k = 0; k < base->nmaps; k++)
			if (strcmp(base->maps[k].name, mp->name) == 0)
				found = 1;
		if (found)
			continue;
		strbuf_addf(&g->local, "K%s %s", mp->name, mp->mclass);
		for (j = 0; j < mp->nargs; j++)
			strbuf_addf(&g->local, " %s", mp->args[j]);
		strbuf_addc(&g->local, '\n');
		report(g, mp->loc.line, "map %s carried as LOCAL_CONFIG",
		    mp->name);
	}
}

static void
milters(struct mig *g, const struct model *base)
{
	size_t i, j;
	int found;

	for (i = 0; i < g->old->nmilters; i++) {
		const struct model_mailer *x = &g->old->milters[i];

		for (j = 0, found = 0; j < base->nmilters; j++)
			if (strcmp(base->milters[j].name, x->name) == 0)
				found = 1;
		if (found)
			continue;
		strbuf_addf(&g->defs, "INPUT_MAIL_FILTER(`%s', `", x->name);
		for (j = 0; j < x->nfields; j++)
			strbuf_addf(&g->defs, "%s%s=%s", j ? ", " : "",
			    x->fields[j].key, x->fields[j].value);
		strbuf_adds(&g->defs, "')dnl\n");
	}
}

static const char *
cf_line(const struct mig *g, int line, size_t *len)
{
	const char *p = g->text;
	int n = 1;

	while (n < line && p && (p = strchr(p, '\n')) != NULL) {
		p++;
		n++;
	}
	if (p == NULL)
		return NULL;
	*len = strcspn(p, "\n");
	return p;
}

static int
is_stock(const char *name)
{
	const char *const *s;

	for (s = stock_sets; *s; s++)
		if (strcmp(*s, name) == 0)
			return 1;
	return 0;
}

static void
rulesets(struct mig *g)
{
	size_t i, j, len;
	const char *t;

	for (i = 0; i < g->old->nrulesets; i++) {
		const struct model_ruleset *rs = &g->old->rulesets[i];
		int local = strncmp(rs->name, "Local_", 6) == 0;

		if (rs->nrules == 0 || (is_stock(rs->name) && !local))
			continue;
		if (is_stock(rs->name) && local && rs->nrules == 0)
			continue;
		strbuf_addf(&g->rules, "S%s\n", rs->name);
		for (j = 0; j < rs->nrules; j++) {
			if ((t = cf_line(g, rs->rules[j].loc.line, &len)) ==
			    NULL)
				continue;
			strbuf_add(&g->rules, t, len);
			strbuf_addc(&g->rules, '\n');
			report(g, rs->rules[j].loc.line, "rule of %s carried as "
			    "LOCAL_RULESETS: %.*s", rs->name, (int)len, t);
		}
	}
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf migrate [-o FILE.mc] [--report FILE] "
	    "[--templates DIR] [sendmail.cf]\n"
	    "\n"
	    "Reconstructs a .mc from a sendmail.cf the cf kit generated "
	    "(read from stdin\n"
	    "without a file).  What has no .mc equivalent is carried as "
	    "LOCAL_CONFIG or\n"
	    "LOCAL_RULESETS and listed, with its .cf line, in the migration "
	    "report\n"
	    "(stderr, or FILE).  See mailcf-migrate(8).\n");
}

static void
mig_free(struct mig *g)
{
	size_t i;

	free(g->text);
	if (g->old != NULL)
		model_free(g->old);
	strbuf_free(&g->pre);
	strbuf_free(&g->late);
	strbuf_free(&g->head);
	strbuf_free(&g->feat);
	strbuf_free(&g->defs);
	strbuf_free(&g->mailers);
	strbuf_free(&g->local);
	strbuf_free(&g->rules);
	strbuf_free(&g->report);
	for (i = 0; i < g->noptvar; i++)
		free(g->optvar[i]);
	free(g->optvar);
}

static int
write_out(const char *path, const char *text)
{
	FILE *fp = path ? fopen(path, "w") : stdout;

	if (fp == NULL)
		return -1;
	fputs(text, fp);
	if (path != NULL)
		return fclose(fp) == 0 ? 0 : -1;
	return fflush(fp) == 0 ? 0 : -1;
}

int
migrate_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "report", required_argument, NULL, 'r' },
		{ "templates", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct mig g;
	const char *out = NULL, *rep = NULL, *tpl = NULL;
	char **feats = NULL;
	size_t nfeats = 0, len, i;
	struct model *base = NULL;
	struct strbuf mc = STRBUF_INIT, draft = STRBUF_INIT;
	int ch, rc = EX_USAGE;

	memset(&g, 0, sizeof(g));
	optind = 1;
	while ((ch = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			out = optarg;
			break;
		case 'r':
			rep = optarg;
			break;
		case 't':
			tpl = optarg;
			break;
		case 'h':
			usage(stdout);
			rc = EX_OK;
			goto done;
		default:
			usage(stderr);
			goto done;
		}
	}
	if (argc - optind > 1) {
		usage(stderr);
		goto done;
	}
	g.cfpath = optind < argc ? argv[optind] : "-";
	g.tpl = lint_templates(tpl);
	if ((strcmp(g.cfpath, "-") == 0 ?
	    maputil_readfd(0, &g.text, &len) :
	    maputil_readfile(g.cfpath, &g.text, &len)) != 0) {
		fprintf(stderr, "mailcf migrate: %s: %s\n", g.cfpath,
		    strerror(errno));
		rc = EX_NOINPUT;
		goto done;
	}
	g.text[len] = '\0';
	if (strcmp(g.cfpath, "-") == 0)
		g.cfpath = "(stdin)";
	g.old = model_new();
	if (cf_parse_buffer(g.old, g.cfpath, g.text, len) != 0)
		fprintf(stderr, "mailcf migrate: %s: lines with errors are "
		    "left out (see above)\n", g.cfpath);
	load_optvars(&g);
	traces(&g, &feats, &nfeats);
	if (g.head.len == 0)
		report(&g, 0, "no OSTYPE trace found; the .mc has none");
	features(&g, feats, nfeats);
	strbuf_adds(&draft, strbuf_str(&g.head));
	strbuf_adds(&draft, strbuf_str(&g.feat));
	strbuf_adds(&draft, strbuf_str(&g.mailers));
	if ((base = compile_text(&g, strbuf_str(&draft))) == NULL) {
		rc = EX_SOFTWARE;
		goto done;
	}
	options(&g, base);
	mailers(&g, base, strstr(strbuf_str(&draft), "local_procmail") !=
	    NULL || strstr(g.text, "$Id: local_procmail.m4") != NULL);
	macros(&g, base);
	milters(&g, base);
	classes(&g, base);
	maps(&g, base);
	rulesets(&g);
	strbuf_addf(&mc, "divert(-1)\n# reconstructed by mailcf migrate "
	    "from %s\ndivert(0)dnl\n", g.cfpath);
	strbuf_adds(&mc, strbuf_str(&g.pre));
	strbuf_adds(&mc, strbuf_str(&g.head));
	strbuf_adds(&mc, strbuf_str(&g.defs));
	strbuf_adds(&mc, strbuf_str(&g.feat));
	strbuf_adds(&mc, strbuf_str(&g.late));
	if (g.local.len > 0) {
		strbuf_adds(&mc, "LOCAL_CONFIG\n");
		strbuf_adds(&mc, g.local.buf);
	}
	strbuf_adds(&mc, strbuf_str(&g.mailers));
	if (g.rules.len > 0) {
		strbuf_adds(&mc, "LOCAL_RULESETS\n");
		strbuf_adds(&mc, g.rules.buf);
	}
	if (write_out(out, strbuf_str(&mc)) != 0) {
		fprintf(stderr, "mailcf migrate: %s: %s\n", out ? out :
		    "stdout", strerror(errno));
		rc = EX_CANTCREAT;
		goto done;
	}
	strbuf_addf(&g.report, "%s: %d item%s not mapped to .mc macros\n",
	    g.cfpath, g.nreport, g.nreport == 1 ? "" : "s");
	if (rep != NULL) {
		if (write_out(rep, strbuf_str(&g.report)) != 0) {
			fprintf(stderr, "mailcf migrate: %s: %s\n", rep,
			    strerror(errno));
			rc = EX_CANTCREAT;
			goto done;
		}
	} else
		fputs(strbuf_str(&g.report), stderr);
	rc = EX_OK;
done:
	for (i = 0; i < nfeats; i++)
		free(feats[i]);
	free(feats);
	if (base != NULL)
		model_free(base);
	strbuf_free(&mc);
	strbuf_free(&draft);
	mig_free(&g);
	return rc;
}
