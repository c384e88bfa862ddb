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
 * A rule added by hand inside a stock ruleset (Parse0, check_rcpt, 3, ...)
 * is found by its digest: compiler/lintstock.c lists the digests of every
 * rule the real cf kit writes in its stock rulesets over many FEATURE,
 * OSTYPE and MAILER combinations (generated at development time with the
 * oracle by tests/migrate/gen-stock-digests.sh; no rule text is kept).  A
 * rule whose digest is not there is carried as LOCAL_RULE_n or
 * LOCAL_RULESETS and reported.
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
	"EnvFromProg", "HdrFromProg", "EnvToProg", "HdrToProg",
	/* delay_checks, ratecontrol, conncontrol, badmx, the uucp mailers,
	   STS/DANE, Debian's domainmap, queuegroup (its group name is
	   normalized in stock_text), bcc (its replacement too) */
	"checkrelay", "checkmail", "checkrcpt", "FullAddr", "Delay_TLS_Clt",
	"Delay_TLS_Clt2", "RateControl", "ConnControl", "BadMX", "HdrToU",
	"FromU", "EnvToU", "EnvFromUUD", "EnvFromUD", "STS_disabled",
	"DANE_disabled", "tls_clt_feat_acc", "TLS_NameInList", "Set_SNI",
	"STS_secure", "STS_Check", "STS_SAN",
	"ParseBcc", "bcc", "BCC", "sender", "recipient", "check_other", "x_connect", "CheckTo", "Mail11To", "Mail11From", "DomainMapLookup", "queuegroup",
	NULL
};

/* Features whose map is named by the K line (feature argument). */
static const struct {
	const char *feature, *map;
} feature_maps[] = {
	{ "access_db", "access" }, { "virtusertable", "virtuser" },
	{ "mailertable", "mailertable" }, { "genericstable", "generics" },
	{ "domaintable", "domaintable" }, { "authinfo", "authinfo" },
	{ "bitdomain", "bitdomain" }, { "uucpdomain", "uucpdomain" },
	{ "bcc", "bcctable" }, { "sts", "sts" }, { "drac", "drac" },
};

static const struct {
	const char *macro, *mcname;
} macro_names[] = {
	{ "S", "SMART_HOST" }, { "M", "MASQUERADE_AS" },
	{ "j", "define(`confDOMAIN_NAME'" }, { "H", "MAIL_HUB" },
	{ "R", "LOCAL_RELAY" }, { "L", "LUSER_RELAY" },
	{ "sendmailMTACluster", "confLDAP_CLUSTER" },
	{ "Y", "UUCP_RELAY" }, { "B", "BITNET_RELAY" },
	{ "C", "DECNET_RELAY" }, { "F", "FAX_RELAY" },
};

/* The pseudo-domain (class P word) each relay's define writes too. */
static const struct {
	const char *macro, *word;
} relay_words[] = {
	{ "Y", "UUCP" }, { "B", "BITNET" }, { "C", "DECNET" }, { "F", "FAX" },
};

static const struct {
	const char *cls, *mcname;
} class_names[] = {
	{ "w", "LOCAL_DOMAIN" }, { "R", "RELAY_DOMAIN" },
	{ "M", "MASQUERADE_DOMAIN" }, { "E", "EXPOSED_USER" },
	{ "G", "GENERICS_DOMAIN" }, { "N", "MASQUERADE_EXCEPTION" },
	{ "Canonify", "CANONIFY_DOMAIN" }, { "L", "LOCAL_USER" },
	{ "TrustAuthMech", "TRUST_AUTH_MECH" },
	{ "VirtHost", "VIRTUSER_DOMAIN" },
	{ "LDAPRoute", "LDAPROUTE_DOMAIN" },
	{ "LDAPRouteEquiv", "LDAPROUTE_EQUIVALENT" },
};

/* Class files the cf kit reads from a variable (the value may hold -o). */
static const struct {
	const char *cls, *var;
} class_files[] = {
	{ "w", "confCW_FILE" }, { "t", "confCT_FILE" }, { "R", "confCR_FILE" },
};

/* Macros that write an F line of a class: F{class}ARG. */
static const struct {
	const char *cls, *mcname;
} class_file_macros[] = {
	{ "E", "EXPOSED_USER_FILE" }, { "L", "LOCAL_USER_FILE" },
	{ "M", "MASQUERADE_DOMAIN_FILE" }, { "N", "MASQUERADE_EXCEPTION_FILE" },
	{ "Canonify", "CANONIFY_DOMAIN_FILE" }, { "G", "GENERICS_DOMAIN_FILE" },
	{ "LDAPRoute", "LDAPROUTE_DOMAIN_FILE" },
	{ "LDAPRouteEquiv", "LDAPROUTE_EQUIVALENT_FILE" },
	{ "VirtHost", "VIRTUSER_DOMAIN_FILE" }, { "R", "RELAY_DOMAIN_FILE" },
};

struct mig {
	const char	*cfpath;
	const char	*tpl;
	char		*text;		/* the legacy .cf */
	struct model	*old;
	struct strbuf	 pre, late, head, feat, defs, mailers, local, rules, report;
	struct strbuf	 lrules[4];	/* LOCAL_RULE_0 .. 3 */
	struct strbuf	 xrules;	/* hand-added rules of stock sets */
	struct strbuf	 xrules_div;	/* LOCAL_NET_CONFIG, LOCAL_DNSBL */
	const char	*lastdiv;	/* the section xrules_div ends in */
	struct strbuf	 sections;	/* LOCAL_SRV_FEATURES and the like */
	int		 nreport;
	char		**optvar;	/* option name -> variable, pairs */
	size_t		 noptvar;
	struct dnsbl	*bl;		/* the DNSBL blocks (dnsbl_blocks) */
	size_t		 nbl;
	int		 blscanned;
	int		 lcfrom, lcto;	/* LOCAL_CONFIG text: lines between */
	int		 rdnsline;	/* require_rdns's first rule, or 0 */
};

/*
 * A block of rules FEATURE(dnsbl) or FEATURE(enhdnsbl) wrote in
 * Basic_check_relay: from the "# DNS based IP address spam list SERVER"
 * line to the blank line after it, with what its rules show of the
 * FEATURE's arguments.
 */
struct dnsbl {
	int	 first, last;		/* .cf lines */
	char	*server, *map;		/* "dnsbl" or "ednsbl" */
	char	*msg;			/* the reject message as written */
	const char *action;		/* "quarantine", "discard" or NULL */
	int	 tmp;			/* a lookup failure is a 451 (`t') */
	struct strbuf values;		/* enhdnsbl's values, "', `" between */
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
	/* the _mc_opt lines: options.m4, and emit.m4's own few */
	static const char *const files[] = { "options.m4", "emit.m4" };
	char *path, *buf, *p;
	size_t len, f;

	for (f = 0; f < sizeof(files) / sizeof(files[0]); f++) {
		path = xasprintf("%s/lib/%s", g->tpl, files[f]);
		if (maputil_readfile(path, &buf, &len) != 0) {
			free(path);
			continue;
		}
		free(path);
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
		const char *id;

		e = strchr(p, '\n');
		line++;
		/* a .mc's VERSIONID text may come first on the line */
		if (strncmp(p, "#####", 5) != 0 ||
		    (id = strstr(p, "#####  $Id: ")) == NULL ||
		    (e != NULL && id > e) ||
		    sscanf(id + 12, "%127[^ \n,]", name) != 1 ||
		    strlen(name) < 4 ||
		    strcmp(name + strlen(name) - 3, ".m4") != 0)
			continue;
		name[strlen(name) - 3] = '\0';	/* bsd4.4.m4 -> bsd4.4 */
		if (strcmp(name, "cfhead") == 0 || strcmp(name, "cf") == 0 ||
		    strcmp(name, "proto") == 0 || strcmp(name, "version") == 0)
			continue;
		if (tpl_has(g, "ostype", name) && g->head.len == 0)
			strbuf_addf(&g->head, "OSTYPE(`%s')dnl\n", name);
		else if (tpl_has(g, "domain", name))
			strbuf_addf(&g->head, "DOMAIN(`%s')dnl\n", name);
		else if (tpl_has(g, "mailer", name))
			strbuf_addf(&g->mailers, "MAILER(`%s')dnl\n", name);
		else if (tpl_has(g, "hack", name)) {
			/* in order among the FEATUREs (a HACK may need one) */
			*feats = xreallocarray(*feats, *nfeats + 1,
			    sizeof(char *));
			(*feats)[(*nfeats)++] = xasprintf("hack:%s", name);
		}
		else if (tpl_has(g, "feature", name)) {
			*feats = xreallocarray(*feats, *nfeats + 1,
			    sizeof(char *));
			(*feats)[(*nfeats)++] = xstrdup(name);
		} else
			report(g, line, "%s.m4 is not a file of the cf kit we "
			    "know; not carried", name);
	}
}

/*
 * FEATUREs whose file writes no $Id trace, each known by a line only it
 * writes.  FEATURE(domainmap) is asked for once per mapped domain.
 */
static const struct {
	const char *feature, *needle;
} untraced[] = {
	{ "bcc", "\nO AddBcc=true\n" },
	{ "sts", "\nO StrictTransportSecurity=true\n" },
	{ "prefixmod", " $(macro {rcpt_flags} $@ " },
	{ "drac", "\nKdrac " },
	{ "domainmap", "\nC{MappedDomain} " },
	{ "vnet", "\nCAvnet.ibm.com vnet rscs ipnet\n" },
	{ "hack:xconnect", "\nSx_connect\n" },
	{ "hack:spamtrap", "\nHTo: $>CheckTo\n" },
};

static void
untraced_features(struct mig *g, char ***feats, size_t *nfeats)
{
	size_t k;

	for (k = 0; k < sizeof(untraced) / sizeof(untraced[0]); k++)
		if (strstr(g->text, untraced[k].needle) != NULL &&
		    !in_list(*feats, *nfeats, untraced[k].feature)) {
			*feats = xreallocarray(*feats, *nfeats + 1,
			    sizeof(char *));
			(*feats)[(*nfeats)++] = xstrdup(untraced[k].feature);
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

/* Compile the parts of the .mc being written, in order (NULL: none). */
static struct model *
compile_parts(struct mig *g, const struct strbuf *a, const struct strbuf *b,
    const struct strbuf *c, const struct strbuf *d)
{
	const struct strbuf *v[] = { a, b, c, d };
	struct strbuf all = STRBUF_INIT;
	struct model *m;
	size_t i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		if (v[i] != NULL)
			strbuf_adds(&all, strbuf_str(v[i]));
	m = compile_text(g, strbuf_str(&all));
	strbuf_free(&all);
	return m;
}

static const char *mfield(const struct model_mailer *, char);
static void add_define(struct strbuf *, const char *, const char *);
static void carry_lines(struct mig *, struct strbuf *, int);
static const struct model_option *find_opt(const struct model *,
    const char *);

static const struct model_mailer *
old_mailer(const struct model *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->nmailers; i++)
		if (strcmp(m->mailers[i].name, name) == 0)
			return &m->mailers[i];
	return NULL;
}

/* Find the DNSBL blocks of the .cf once (see struct dnsbl). */
/* A new DNSBL block of lines first..last (server and map owned). */
static struct dnsbl *
new_block(struct mig *g, int first, int last, char *server, char *map)
{
	struct dnsbl *d;

	g->bl = xreallocarray(g->bl, g->nbl + 1, sizeof(*g->bl));
	d = &g->bl[g->nbl++];
	memset(d, 0, sizeof(*d));
	d->first = first;
	d->last = last;
	d->server = server;
	d->map = map;
	return d;
}

static void
dnsbl_blocks(struct mig *g)
{
	static const char mark[] = "# DNS based IP address spam list ";
	static const char rej[] = "$#error $@ 5.7.1 $: ";
	const char *p, *nl, *q;
	int line = 1, para = 1;
	struct dnsbl *d = NULL;

	if (g->blscanned)
		return;
	g->blscanned = 1;
	for (p = g->text; p != NULL && *p != '\0'; p = nl ? nl + 1 : NULL,
	    line++) {
		size_t len;

		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (strncmp(p, mark, sizeof(mark) - 1) == 0) {
			d = new_block(g, line, line, xstrndup(p + sizeof(mark)
			    - 1, len - (sizeof(mark) - 1)), NULL);
			continue;
		}
		if (len == 0)
			para = line + 1;
		if ((q = strstr(p, "$(dnsbl $2.")) != NULL &&
		    (size_t)(q - p) < len && strstr(q, "$(macro {RHS}") != NULL &&
		    (size_t)(strstr(q, "$(macro {RHS}") - p) < len &&
		    strstr(q, ". $: OK $)") != NULL) {
			/* FEATURE(rhsbl): no mark; its server is in the
			   rule that looks up the sender's domain, and its
			   block starts with the paragraph */
			q += strlen("$(dnsbl $2.");
			d = new_block(g, para, line, xstrndup(q,
			    (size_t)(strstr(q, ". $: OK $)") - q)),
			    xstrdup("rhs"));
			continue;
		}
		if (*p == 'R' && (q = strstr(p, "$(mtamark ")) != NULL &&
		    (size_t)(q - p) < len) {
			/* FEATURE(mtamark): a block of its own, no server */
			d = new_block(g, para, line, xstrdup(""),
			    xstrdup("mtamark"));
			continue;
		}
		if (d == NULL)
			continue;
		if (len == 0) {
			d = NULL;
			continue;
		}
		d->last = line;
		if (*p != 'R')
			continue;
		if (d->map == NULL && (q = strstr(p, "$(")) != NULL &&
		    (size_t)(q - p) < len)
			d->map = xstrndup(q + 2, strcspn(q + 2, " \t\n"));
		if (strncmp(p, "R<?>", 4) != 0 || strncmp(p, "R<?>OK", 6) == 0)
			continue;
		if (strncmp(p, "R<?>$+<TMP>", 11) == 0) {
			d->tmp = strstr(p, "$#error") != NULL &&
			    (size_t)(strstr(p, "$#error") - p) < len;
			continue;
		}
		if ((q = strstr(p, "$#error $@ quarantine $: ")) != NULL &&
		    (size_t)(q - p) < len)
			d->action = "quarantine";
		else if ((q = strstr(p, "$#discard $: ")) != NULL &&
		    (size_t)(q - p) < len)
			d->action = "discard";
		else if ((q = strstr(p, rej)) == NULL ||
		    (size_t)(q - p) >= len)
			continue;
		if (d->action != NULL)
			;	/* the action is the argument, not a message */
		else if (d->msg == NULL)
			d->msg = xstrndup(q + sizeof(rej) - 1,
			    len - (size_t)(q + sizeof(rej) - 1 - p));
		if (strncmp(p, "R<?>$+", 6) != 0 || strchr(" \t", p[6]) == NULL) {
			size_t vl = strcspn(p + 4, " \t");

			if (d->values.len > 0)
				strbuf_adds(&d->values, "', `");
			strbuf_add(&d->values, p + 4, vl);
		}
	}
}

/* Is .cf line n in a DNSBL block?  (dnsbl_blocks() has run.) */
static int
in_dnsbl(const struct mig *g, int n)
{
	size_t i;

	for (i = 0; i < g->nbl; i++)
		if (n >= g->bl[i].first && n <= g->bl[i].last)
			return 1;
	return 0;
}

/*
 * The arguments of the n-th FEATURE(dnsbl) (map "dnsbl") or
 * FEATURE(enhdnsbl) (map "ednsbl"): the server, then the message when
 * not the kit's default, `t' when a lookup failure is a 451, and
 * enhdnsbl's values; NULL when there is no such block.
 */
static char *
dnsbl_args(struct mig *g, const char *map, int n)
{
	struct strbuf sb = STRBUF_INIT;
	const struct dnsbl *d = NULL;
	char *dflt;
	size_t i;
	int msg;

	dnsbl_blocks(g);
	for (i = 0; i < g->nbl && d == NULL; i++)
		if (g->bl[i].map != NULL && strcmp(g->bl[i].map, map) == 0 &&
		    n-- == 0)
			d = &g->bl[i];
	if (d == NULL)
		return NULL;
	dflt = strcmp(map, "rhs") == 0 ?
	    xasprintf("\"550 Mail from \" $&{RHS} \" refused by blackhole "
	    "site %s\"", d->server) :
	    xasprintf("\"550 Rejected: \" $&{client_addr} \" listed at "
	    "%s\"", d->server);
	msg = d->action != NULL || (d->msg != NULL && strcmp(d->msg, dflt) != 0);
	free(dflt);
	strbuf_adds(&sb, d->server);
	if (msg || d->tmp || d->values.len > 0)
		strbuf_addf(&sb, "', `%s", d->action != NULL ? d->action :
		    msg ? d->msg : "");
	if (d->tmp || d->values.len > 0)
		strbuf_addf(&sb, "', `%s", d->tmp ? "t" : "");
	if (d->values.len > 0)
		strbuf_addf(&sb, "', `%s", strbuf_str(&d->values));
	return strbuf_detach(&sb, NULL);
}

/* Mailer name's field code is the same in model m as in om. */
static int
same_field(const struct model *m, const char *name, char code,
    const struct model_mailer *om)
{
	const struct model_mailer *bm = m != NULL ? old_mailer(m, name) : NULL;
	const char *a = bm != NULL ? mfield(bm, code) : NULL;
	const char *b = mfield(om, code);

	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/*
 * FEATURE arguments that only shape the rules the cf kit writes, each
 * known by a piece of one of those rules (in the named ruleset, or in
 * any): the argument at position pos (1, or 2 and on in table order) is
 * arg, unless the FEATURE named unless (which writes the same rules) is
 * in the .cf.
 */
static const struct {
	const char *feature, *ruleset, *needle, *arg;
	int pos;
	const char *unless;
} feature_marks[] = {
	{ "delay_checks", NULL, "$>\"Delay_TLS_Clt2\" SPAMFRIEND", "friend", 1, NULL },
	{ "delay_checks", NULL, "$>\"Delay_TLS_Clt2\" NOSPAMHATER", "hater", 1, NULL },
	{ "conncontrol", "check_relay", "$>\"ConnControl\" dummy", "nodelay", 1, NULL },
	{ "conncontrol", NULL, "$: 421 Too many open connections.",
	    "terminate", 2, NULL },
	{ "ratecontrol", "check_relay", "$>\"RateControl\" dummy", "nodelay", 1, NULL },
	{ "ratecontrol", NULL, "$: 421 Connection rate limit exceeded.",
	    "terminate", 2, NULL },
	{ "nocanonify", NULL, "$: $2 < @ $[ $3 $] > $4", "canonify_hosts", 1, NULL },
	{ "access_db", "A", "R<SKIP> <$+> <$+> <$- $-> <$*>", "skip", 2, NULL },
	{ "access_db", NULL, "R<?> <$+.$+> <$+> <+ $-> <$*>", "lookupdotdomain",
	    2, "lookupdotdomain" },
	{ "access_db", NULL, "$>SearchList <+ To> $| <F:$1@$2> <D:$2> <F:$1@> <>",
	    "relaytofulladdress", 2, NULL },
	{ "relay_mail_from", NULL, "<! From> $| <F:$1@$2> <D:$2> <>", "domain",
	    1, NULL },
	{ "relay_mail_from", NULL, "<! From> $| <F:$1@$2> <E:$2> <>", "domain",
	    1, NULL },
};

/* The words of the C lines of class name in m, blank-separated, or NULL. */
static char *
class_words(const struct model *m, const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, j;

	for (i = 0; i < m->nclasses; i++)
		if (m->classes[i].kind != CLASS_FILE &&
		    strcmp(m->classes[i].name, name) == 0)
			for (j = 0; j < m->classes[i].nwords; j++)
				strbuf_addf(&sb, "%s%s", sb.len ? " " : "",
				    m->classes[i].words[j]);
	return sb.len > 0 ? strbuf_detach(&sb, NULL) : (strbuf_free(&sb), NULL);
}

/*
 * The next rule line "LHS<blanks>PREFIX..." of the .cf from *pos on:
 * the text after PREFIX (*pos moves past the LHS), or NULL.  LHS starts
 * with the newline before the R.
 */
static const char *
rule_after(const char **pos, const char *lhs, const char *prefix)
{
	const char *p = *pos;
	size_t ll = strlen(lhs), pl = strlen(prefix);

	while ((p = strstr(p, lhs)) != NULL) {
		p += ll;
		*pos = p;
		p += strspn(p, " \t");
		if (strncmp(p, prefix, pl) == 0)
			return p + pl;
	}
	return NULL;
}

/* rule_after() inside ruleset set only (NULL when it has no such rule). */
static const char *
rule_in_set(const struct mig *g, const char *set, const char *lhs,
    const char *prefix)
{
	char *hdr = xasprintf("\nS%s\n", set);
	const char *pos = strstr(g->text, hdr), *e, *p;

	free(hdr);
	if (pos == NULL)
		return NULL;
	e = strstr(pos + 1, "\nS");
	p = rule_after(&pos, lhs, prefix);
	return p != NULL && (e == NULL || p < e) ? p : NULL;
}

/* FEATURE(queuegroup, GROUP): its ruleset's <?> rule is "$# GROUP". */
static char *
queuegroup_arg(const struct mig *g)
{
	const char *p = rule_in_set(g, "queuegroup", "\nR<?>", "$# ");
	size_t n = p != NULL ? strcspn(p, " \t\n") : 0;

	return n > 0 ? xstrndup(p, n) : NULL;
}

/* FEATURE(greet_pause, N): the kit's last default rule is "$# N". */
static char *
greet_pause_arg(const struct mig *g)
{
	const char *pos = g->text, *p;
	size_t n;

	while ((p = rule_after(&pos, "\nR<?> <$*>", "$# ")) != NULL) {
		n = strspn(p, "0123456789");
		if (n > 0 && (p[n] == '\n' || p[n] == '\0'))
			return xstrndup(p, n);
	}
	return NULL;
}

/* Is needle on a rule line of ruleset rs (NULL: any) of the .cf? */
static int
rule_has(const struct mig *g, const char *rs, const char *needle)
{
	const char *p = g->text, *bol, *s;
	size_t n = rs != NULL ? strlen(rs) : 0;

	for (; (p = strstr(p, needle)) != NULL; p++) {
		for (bol = p; bol > g->text && bol[-1] != '\n'; bol--)
			;
		if (*bol != 'R')
			continue;
		if (rs == NULL)
			return 1;
		/* the S line above it */
		for (s = bol; s > g->text; ) {
			for (s--; s > g->text && s[-1] != '\n'; s--)
				;
			if (*s == 'S')
				break;
		}
		if (*s == 'S' && strncmp(s + 1, rs, n) == 0 &&
		    strchr("=\n \t", s[1 + n]) != NULL)
			return 1;
	}
	return 0;
}

/*
 * The arguments feature's rules show, as FEATURE() writes them, or
 * NULL; a1 is the first one when already known (a map's spec).
 */
static char *
marked_args(const struct mig *g, const char *feature, const char *a1,
    char **feats, size_t nfeats)
{
	struct strbuf more = STRBUF_INIT;
	size_t k;
	char *r;

	for (k = 0; k < sizeof(feature_marks) / sizeof(feature_marks[0]); k++)
		if (strcmp(feature_marks[k].feature, feature) == 0 &&
		    (feature_marks[k].unless == NULL ||
		    !in_list(feats, nfeats, feature_marks[k].unless)) &&
		    rule_has(g, feature_marks[k].ruleset,
		    feature_marks[k].needle)) {
			if (feature_marks[k].pos == 1 && a1 == NULL)
				a1 = feature_marks[k].arg;
			else if (feature_marks[k].pos > 1)
				strbuf_addf(&more, "', `%s",
				    feature_marks[k].arg);
		}
	if (more.len > 0)
		r = xasprintf("%s%s", a1 ? a1 : "", strbuf_str(&more));
	else
		r = a1 != NULL ? xstrdup(a1) : NULL;
	strbuf_free(&more);
	return r;
}

/*
 * FEATURE(delay_checks, ARG, `n'): a second argument turns off the 8.10
 * compatibility, whose SpamTag class and rule the kit writes only with
 * access_db and blocklist_recipients (elsewhere it leaves no trace).  Its
 * value is not kept; `n' is the documented one.
 */
static int
delay_checks_nocompat(const struct mig *g, char **feats, size_t nfeats)
{
	return strstr(g->text, "\nKaccess ") != NULL &&
	    (in_list(feats, nfeats, "blocklist_recipients") ||
	    in_list(feats, nfeats, "blacklist_recipients")) &&
	    strstr(g->text, "\nR<$={SpamTag}> <$*>") == NULL;
}

/* "a1', `a2', ..." of v[0..n-1] without the trailing empty ones */
static char *
join_args(const char *const *v, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	while (n > 0 && (v[n - 1] == NULL || v[n - 1][0] == '\0'))
		n--;
	if (n == 0)
		return NULL;
	for (i = 0; i < n; i++)
		strbuf_addf(&sb, "%s%s", i ? "', `" : "", v[i] ? v[i] : "");
	return strbuf_detach(&sb, NULL);
}

/* The text of the .cf line holding needle after its prefix, to the end
   of the line (trailing blanks cut) or to stop; NULL if none. */
static char *
line_part(const char *text, const char *needle, const char *stop)
{
	const char *p = strstr(text, needle), *e;

	if (p == NULL)
		return NULL;
	p += strlen(needle);
	e = p + strcspn(p, "\n");
	if (stop != NULL) {
		const char *x = strstr(p, stop);

		if (x != NULL && x < e)
			e = x;
	}
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	return xstrndup(p, (size_t)(e - p));
}

/*
 * FEATURE(access_db, SPEC) with a SPEC that lacks -T<TMPF>: the kit puts
 * " -T<TMPF>" after SPEC's class and keeps SPEC's own blank, so the K
 * line has two blanks after <TMPF>.  The SPEC as written, or NULL.
 */
static char *
access_plain_spec(const struct mig *g)
{
	char *k = line_part(g->text, "\nKaccess ", NULL), *t, *r = NULL;

	if (k == NULL)
		return NULL;
	t = k + strcspn(k, " \t");
	if (strncmp(t, " -T<TMPF>  ", 11) == 0)
		r = xasprintf("%.*s%s", (int)(t - k), k, t + 10);
	free(k);
	return r;
}

/*
 * FEATURE(bcc, MAP|access, HOST, REPLACEMENT, CANONMAP): access when its
 * ruleset looks in the access map; HOST is macro A; REPLACEMENT the
 * right side of its last rule (the kit's is $1); CANONMAP the spec of
 * map canonicalRcpt.  spec is the map spec found for bcctable (owned).
 */
static char *
bcc_args(const struct mig *g, char *spec)
{
	const char *v[4];
	const char *p = rule_in_set(g, "bcc", "\nR$* $| $*", "$: ");
	char *repl = NULL, *canon, *r;

	v[0] = rule_has(g, "bcc", "$>SearchList <! bcc>") ? "access" : spec;
	v[1] = model_macro(g->old, "A");
	if (p != NULL && strncmp(p, "$1\n", 3) != 0)
		repl = xstrndup(p, strcspn(p, "\n"));
	v[2] = repl;
	canon = map_args(g->old, "canonicalRcpt");
	v[3] = canon;
	r = join_args(v, 4);
	free(repl);
	free(canon);
	free(spec);
	return r;
}

/* FEATURE(prefixmod, PREFIX, FLAGS), from its rule
   "R PREFIX $+	$: $1 $(macro {rcpt_flags} $@ FLAGS $)" */
static char *
prefixmod_args(const struct mig *g)
{
	const char *p = strstr(g->text, " $(macro {rcpt_flags} $@ "), *bol;
	char *flags, *pre, *r;
	const char *v[2];
	size_t n;

	if (p == NULL)
		return NULL;
	for (bol = p; bol > g->text && bol[-1] != '\n'; bol--)
		;
	if (*bol != 'R')
		return NULL;
	bol++;
	bol += strspn(bol, " ");
	n = strcspn(bol, "\t\n");
	if (n < 4 || strncmp(bol + n - 3, " $+", 3) != 0)
		return NULL;
	pre = xstrndup(bol, n - 3);
	flags = line_part(p, " $(macro {rcpt_flags} $@ ", " $)");
	v[0] = pre;
	v[1] = flags;
	r = join_args(v, 2);
	free(pre);
	free(flags);
	return r;
}

/* One FEATURE(domainmap, DOMAIN, SPEC) per C{MappedDomain} line: the
   spec is that of map domain_DOMAIN ('.' and '-' made '_'), without the
   -T<TEMP> the kit adds. */
static void
domainmap_features(struct mig *g)
{
	const char *p = g->text;
	static const char cl[] = "\nC{MappedDomain} ";

	while ((p = strstr(p, cl)) != NULL) {
		char *dom, *key, *spec, *q;
		size_t n;

		p += sizeof(cl) - 1;
		dom = xstrndup(p, strcspn(p, " \t\r\n"));
		key = xasprintf("\nK domain_%s ", dom);
		for (q = key + 10; *q != ' '; q++)
			if (*q == '.' || *q == '-')
				*q = '_';
		spec = line_part(g->text, key, NULL);
		if (spec != NULL && (n = strlen(spec)) > 9 &&
		    strcmp(spec + n - 9, " -T<TEMP>") == 0)
			spec[n - 9] = '\0';
		strbuf_addf(&g->feat, "FEATURE(`domainmap', `%s'%s%s%s)dnl\n",
		    dom, spec ? ", `" : "", spec ? spec : "", spec ? "'" : "");
		free(dom);
		free(key);
		free(spec);
	}
}

/* FEATURE(always_add_domain, DOMAIN): AddDomain's last rule adds DOMAIN
   (without the argument, *LOCAL*). */
static char *
add_domain_arg(const struct mig *g)
{
	const char *p = rule_in_set(g, "AddDomain", "\nR$+", "$@ $1 < @ ");
	size_t n;

	if (p == NULL)
		return NULL;
	n = strcspn(p, " \t\n");
	if (n == 0 || strncmp(p + n, " >", 2) != 0 ||
	    strncmp(p, "*LOCAL*", n) == 0)
		return NULL;
	return xstrndup(p, n);
}

/*
 * FEATURE(ldap_routing, MH, MRA, BOUNCE, DETAIL, NODOMAIN, TEMPFAIL): the
 * map specs when not the kit's, the rest from LDAPExpand's rules.
 */
static char *
ldap_routing_args(const struct mig *g)
{
	static const char mh[] = "ldap -1 -T<TMPF> -v mailHost -k "
	    "(&(objectClass=inetLocalMailRecipient)(mailLocalAddress=%0))",
	    mra[] = "ldap -1 -T<TMPF> -v mailRoutingAddress -k "
	    "(&(objectClass=inetLocalMailRecipient)(mailLocalAddress=%0))";
	char *a1 = line_part(g->text, "\nKldapmh ", NULL),
	    *a2 = line_part(g->text, "\nKldapmra ", NULL), *r;
	const char *v[6];

	v[0] = a1 != NULL && strcmp(a1, mh) != 0 ? a1 : NULL;
	v[1] = a2 != NULL && strcmp(a2, mra) != 0 ? a2 : NULL;
	v[2] = rule_has(g, "LDAPExpand", "R<?> <e s> <$+>") ? "sendertoo" :
	    rule_has(g, "LDAPExpand", "$#error $@ nouser $: \"550 User "
	    "unknown\"") ? "bounce" : NULL;
	v[3] = rule_has(g, "LDAPExpand", "R<$+@$+> <$=w> <$+> <$+> <$*>") ?
	    "preserve" : rule_has(g, "LDAPExpand",
	    "R<> <> <$+> <$+ + $* @ $+> <>") ? "strip" : NULL;
	v[4] = rule_has(g, "LDAPExpand", "$: <> <> <$1> <@ $3> <$4>") ?
	    "nodomain" : NULL;
	v[5] = rule_has(g, "LDAPExpand", "R$={SMTPOpModes} $| TMPF <e r>") ?
	    "tempfail" : NULL;
	r = join_args(v, 6);
	free(a1);
	free(a2);
	return r;
}

/*
 * HACK(dnsblaccess, SERVER, MSG, TMP, KEYTAG): its DNSBL block is the one
 * that looks in the access map; MSG is its last rule's when not the
 * default, TMP `t' (or the message) when a lookup failure is a 451,
 * KEYTAG the access map tag when not "dnsblaccess".
 */
static char *
dnsblaccess_args(struct mig *g)
{
	const char *v[4] = { NULL, NULL, NULL, NULL };
	char *msg = NULL, *tmp = NULL, *key = NULL, *dflt, *r, *blk;
	const char *p, *e;
	size_t i;
	int ln;

	dnsbl_blocks(g);
	for (i = 0; i < g->nbl; i++) {
		const struct dnsbl *d = &g->bl[i];

		for (p = g->text, ln = 1; *p && ln < d->first; p++)
			if (*p == '\n')
				ln++;
		for (e = p; *e && ln <= d->last; e++)
			if (*e == '\n')
				ln++;
		blk = xstrndup(p, (size_t)(e - p));
		if (strstr(blk, "$(access ") == NULL) {
			free(blk);
			continue;
		}
		v[0] = d->server;
		msg = line_part(blk, "\nR<$*> $*\t\t$#error $@ 5.7.1 $: ", NULL);
		tmp = line_part(blk, "\nR<$*<TMPF>>$*\t\t$#error $@ 4.4.3 $: ",
		    NULL);
		key = line_part(blk, "$(access ", ":");
		free(blk);
		dflt = xasprintf("\"550 Rejected: \" $&{client_addr} \" listed "
		    "at %s\"", d->server);
		if (msg != NULL && strcmp(msg, dflt) != 0)
			v[1] = msg;
		free(dflt);
		dflt = xasprintf("\"451 Temporary lookup failure of \" "
		    "$&{client_addr} \" at %s\"", d->server);
		if (tmp != NULL)
			v[2] = strcmp(tmp, dflt) == 0 ? "t" : tmp;
		free(dflt);
		if (key != NULL && strcmp(key, "dnsblaccess") != 0)
			v[3] = key;
		break;
	}
	r = join_args(v, 4);
	free(msg);
	free(tmp);
	free(key);
	return r;
}

static void
features(struct mig *g, char **feats, size_t nfeats)
{
	struct strbuf all = STRBUF_INIT;
	struct model *base;
	char **implied = NULL;
	size_t ni = 0, i, k;
	int ndnsbl = 0, nednsbl = 0, nrhsbl = 0;

	/* features that OSTYPE, DOMAIN or another FEATURE call themselves */
	strbuf_adds(&all, strbuf_str(&g->head));
	for (i = 0; i < nfeats; i++)
		if (strncmp(feats[i], "hack:", 5) == 0)
			strbuf_addf(&all, "HACK(`%s')dnl\n", feats[i] + 5);
		else
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
		const struct model_mailer *om;

		if (strncmp(feats[i], "hack:", 5) == 0) {
			args = strcmp(feats[i], "hack:dnsblaccess") == 0 ?
			    dnsblaccess_args(g) : NULL;
			if (args != NULL)
				strbuf_addf(&g->feat, "HACK(`%s', `%s')dnl\n",
				    feats[i] + 5, args);
			else
				strbuf_addf(&g->feat, "HACK(`%s')dnl\n",
				    feats[i] + 5);
			free(args);
			continue;
		}
		if (in_list(implied, ni, feats[i]))
			continue;
		if (strcmp(feats[i], "domainmap") == 0) {
			domainmap_features(g);
			continue;
		}
		if (strcmp(feats[i], "dnsbl") == 0)
			args = dnsbl_args(g, "dnsbl", ndnsbl++);
		if (strcmp(feats[i], "enhdnsbl") == 0)
			args = dnsbl_args(g, "ednsbl", nednsbl++);
		if (strcmp(feats[i], "rhsbl") == 0)
			args = dnsbl_args(g, "rhs", nrhsbl++);
		for (k = 0; k < sizeof(feature_maps) / sizeof(feature_maps[0]);
		    k++)
			if (strcmp(feature_maps[k].feature, feats[i]) == 0) {
				char *dflt;

				args = map_args(g->old, feature_maps[k].map);
				dflt = base != NULL ? map_args(base,
				    feature_maps[k].map) : NULL;
				if (args != NULL && dflt != NULL &&
				    strcmp(args, dflt) == 0) {
					/* what the FEATURE writes by itself */
					free(args);
					args = NULL;
				} else if (args != NULL &&
				    strncmp(args, "ldap ", 5) == 0) {
					/* the kit's LDAP default spec */
					free(args);
					args = xstrdup("LDAP");
				}
				free(dflt);
			}
		if (strcmp(feats[i], "bcc") == 0)
			args = bcc_args(g, args);
		if (strcmp(feats[i], "prefixmod") == 0)
			args = prefixmod_args(g);
		if (strcmp(feats[i], "sts") == 0 &&
		    strstr(g->text, "\nO SetCertAltnames=true") == NULL) {
			char *a = xasprintf("%s', `NO_SAN_TST", args ? args : "");

			free(args);
			args = a;
		}
		if (strcmp(feats[i], "access_db") == 0) {
			char *plain = access_plain_spec(g);

			if (plain != NULL) {
				free(args);
				args = plain;
			}
		}
		if (strcmp(feats[i], "smrsh") == 0 &&
		    (om = old_mailer(g->old, "prog")) != NULL &&
		    mfield(om, 'P') != NULL &&
		    !same_field(base, "prog", 'P', om))
			args = xstrdup(mfield(om, 'P'));
		if (strcmp(feats[i], "msp") == 0 &&
		    model_macro(g->old, "MTAHost") != NULL) {
			/* msp's MSA argument: the relay mailer to port 587 */
			om = old_mailer(g->old, "relay");
			args = om != NULL && mfield(om, 'A') != NULL &&
			    strcmp(mfield(om, 'A'), "TCP $h 587") == 0 ?
			    xasprintf("%s', `MSA",
			    model_macro(g->old, "MTAHost")) :
			    xstrdup(model_macro(g->old, "MTAHost"));
		}
		if ((strcmp(feats[i], "local_procmail") == 0 ||
		    strcmp(feats[i], "local_lmtp") == 0) &&
		    (om = old_mailer(g->old, "local")) != NULL &&
		    mfield(om, 'P') != NULL && mfield(om, 'A') != NULL &&
		    !(same_field(base, "local", 'P', om) &&
		    same_field(base, "local", 'A', om)))
			args = xasprintf("%s', `%s", mfield(om, 'P'),
			    mfield(om, 'A'));
		{
			char *marked = marked_args(g, feats[i], args, feats,
			    nfeats);

			if (marked != NULL) {
				free(args);
				args = marked;
			}
		}
		if (strcmp(feats[i], "delay_checks") == 0 &&
		    delay_checks_nocompat(g, feats, nfeats)) {
			char *a = xasprintf("%s', `n", args ? args : "");

			free(args);
			args = a;
		}
		if (strcmp(feats[i], "ldap_routing") == 0)
			args = ldap_routing_args(g);
		if (args == NULL && strcmp(feats[i], "always_add_domain") == 0)
			args = add_domain_arg(g);
		if (args == NULL && strcmp(feats[i], "greet_pause") == 0)
			args = greet_pause_arg(g);
		if (args == NULL && strcmp(feats[i], "queuegroup") == 0)
			args = queuegroup_arg(g);
		/* FEATURE(bestmx_is_local, `DOMAINS'): the words of class B */
		if (args == NULL && strcmp(feats[i], "bestmx_is_local") == 0)
			args = class_words(g->old, "B");
		if (strcmp(feats[i], "nouucp") == 0)
			args = xstrdup(strstr(g->text, "BANG_PATH") != NULL ?
			    "reject" : "nospecial");
		if (strcmp(feats[i], "nopercenthack") == 0)
			args = xstrdup(strstr(g->text, "PERCENT_HACK") != NULL ?
			    "reject" : "nospecial");
		if (args == NULL && strcmp(feats[i], "nullclient") == 0 &&
		    model_macro(g->old, "S") != NULL)
			args = xstrdup(model_macro(g->old, "S"));
		if (args != NULL)
			strbuf_addf(&g->feat, "FEATURE(`%s', `%s')dnl\n",
			    feats[i], args);
		else {
			/* a FEATURE found by two traces is written once */
			char *line = xasprintf("FEATURE(`%s')dnl\n",
			    feats[i]);

			if (strstr(strbuf_str(&g->feat), line) == NULL)
				strbuf_adds(&g->feat, line);
			free(line);
		}
		free(args);
	}
	/* the kit writes one $Id trace for all the FEATURE(dnsbl)s (and
	   enhdnsbl): one FEATURE each for the blocks not yet written */
	for (k = 0; k < 3; k++) {
		static const char *const map[] = { "dnsbl", "ednsbl", "rhs" },
		    *const name[] = { "dnsbl", "enhdnsbl", "rhsbl" };
		int *nb = k == 0 ? &ndnsbl : k == 1 ? &nednsbl : &nrhsbl;
		char *args;

		if (*nb == 0)
			continue;
		while ((args = dnsbl_args(g, map[k], (*nb)++)) != NULL) {
			strbuf_addf(&g->feat, "FEATURE(`%s', `%s')dnl\n",
			    name[k], args);
			free(args);
		}
	}
	free(implied);
	if (base != NULL)
		model_free(base);
}

/*
 * MAIL_SETTINGS_DIR, DATABASE_MAP_TYPE and _USE_DECNET_SYNTAX_ leave no
 * line of their own:
 * the folder is the one of the HelpFile option, which the cf kit always
 * writes as MAIL_SETTINGS_DIR`'helpfile; the map type is the class of
 * the FEATUREs' maps when two or more of them agree on one; the DECnet
 * syntax switch writes canonify's node::user rule.  Each is
 * written after OSTYPE and DOMAIN when it differs from what those give,
 * so the FEATUREs, ALIAS_FILE, HELP_FILE and the class files come back
 * without arguments of their own, as the .mc had them.
 */
static void
settings(struct mig *g)
{
	static const char help[] = "helpfile";
	const struct model_option *o, *bo;
	struct model *base;
	const char *type = NULL, *v, *bv;
	size_t i, k, n = 0, vl;
	int agree = 1;

	if ((base = compile_text(g, strbuf_str(&g->head))) == NULL)
		return;
	o = find_opt(g->old, "HelpFile");
	bo = find_opt(base, "HelpFile");
	v = o != NULL ? o->raw : NULL;
	bv = bo != NULL ? bo->raw : NULL;
	if (v != NULL && bv != NULL && strcmp(v, bv) != 0 &&
	    (vl = strlen(v)) > sizeof(help) && v[0] == '/' &&
	    strcmp(v + vl - (sizeof(help) - 1), help) == 0 &&
	    v[vl - sizeof(help)] == '/' && strchr(v, '`') == NULL &&
	    strchr(v, '\'') == NULL)
		strbuf_addf(&g->head, "define(`MAIL_SETTINGS_DIR', `%.*s')dnl\n",
		    (int)(vl - (sizeof(help) - 1)), v);
	for (k = 0; k < sizeof(feature_maps) / sizeof(feature_maps[0]); k++)
		for (i = 0; i < g->old->nmaps; i++)
			if (strcmp(g->old->maps[i].name,
			    feature_maps[k].map) == 0) {
				const char *c = g->old->maps[i].mclass;

				if (type != NULL && strcmp(type, c) != 0)
					agree = 0;
				type = c;
				n++;
			}
	/* the file database types a .mc may choose (not ldap, not hash) */
	/* confRELAY_MAILER: the mailer of MailerToTriple's unqualified
	   rule, when not the default (relay, or unknown without smtp) */
	{
		const char *pos = g->text, *p, *dflt = strstr(
		    strbuf_str(&g->mailers), "MAILER(`smtp')") != NULL ?
		    "relay" : "unknown";
		size_t ml;

		if ((p = rule_after(&pos, "\nR< $+ > $*", "$#")) != NULL) {
			ml = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789-_.");
			if (ml > 0 && strstr(p + ml, " $@ $1 $: $2") == p + ml &&
			    (strlen(dflt) != ml || strncmp(p, dflt, ml) != 0))
				strbuf_addf(&g->head, "define(`confRELAY_MAILER', "
				    "`%.*s')dnl\n", (int)ml, p);
		}
	}
	/* SITECONFIG(FILE, NAME, L) defines _CLASS_L_, for which canonify
	   passes NAME.UUCP through; the site file is not in the .cf, so its
	   D and C lines are carried and the switch is defined by itself */
	{
		const char *l;

		for (l = "UVWXY"; *l; l++) {
			char *rule = xasprintf("\nR$* < @ $=%c . UUCP > $*", *l);

			if (strstr(g->text, rule) != NULL)
				strbuf_addf(&g->head, "define(`_CLASS_%c_', `')dnl\n",
				    *l);
			free(rule);
		}
	}
	/* confREJECT_MSG: the message of the access map's REJECT rules */
	{
		const char *pos = g->text, *p;

		if ((p = rule_after(&pos, "\nR<REJECT> <$*>", "$#error $: ")) !=
		    NULL) {
			char *msg = xstrndup(p, strcspn(p, "\n"));

			add_define(&g->head, "confREJECT_MSG", msg);
			free(msg);
		}
	}
	/* the two listeners the kit writes for _NETINET6_ */
	{
		int v4 = 0, v6 = 0, other = 0;

		for (i = 0; i < g->old->noptions; i++) {
			const struct model_option *d = &g->old->options[i];

			if (strcmp(d->def->name, "DaemonPortOptions") != 0)
				continue;
			if (strcmp(d->raw, "Name=MTA-v4, Family=inet") == 0)
				v4++;
			else if (strcmp(d->raw, "Name=MTA-v6, Family=inet6") == 0)
				v6++;
			else if (strcmp(d->raw, "Port=587, Name=MSA, M=E") != 0)
				other++;
		}
		if (v4 == 1 && v6 == 1 && other == 0)
			strbuf_adds(&g->head, "define(`_NETINET6_')dnl\n");
	}
	/* canonify's node::user rule: _USE_DECNET_SYNTAX_, unless
	   DECNET_RELAY (which defines it) is there */
	if ((strncmp(g->text, "R$- :: $+\t", 10) == 0 ||
	    strstr(g->text, "\nR$- :: $+\t") != NULL) &&
	    model_macro(g->old, "C") == NULL)
		strbuf_adds(&g->head, "define(`_USE_DECNET_SYNTAX_', `1')dnl\n");
	if (agree && n >= 2 && (strcmp(type, "btree") == 0 ||
	    strcmp(type, "dbm") == 0 || strcmp(type, "cdb") == 0))
		strbuf_addf(&g->head, "define(`DATABASE_MAP_TYPE', `%s')dnl\n",
		    type);
	model_free(base);
}

/*
 * A mailer of the .cf that no traced MAILER writes but that has a file
 * of its own in the templates (the kit's mailer/ssh.m4, say, leaves no
 * $Id line) is asked for with MAILER() after the others.
 */
static void
untraced_mailers(struct mig *g)
{
	struct model *m;
	size_t i;

	if ((m = compile_parts(g, NULL, &g->head, &g->feat, &g->mailers)) ==
	    NULL)
		return;
	for (i = 0; i < g->old->nmailers; i++) {
		const char *name = g->old->mailers[i].name;
		char *line;

		if (old_mailer(m, name) != NULL || !tpl_has(g, "mailer", name))
			continue;
		line = xasprintf("MAILER(`%s')dnl\n", name);
		if (strstr(strbuf_str(&g->mailers), line) == NULL)
			strbuf_adds(&g->mailers, line);
		free(line);
	}
	model_free(m);
}

/* Drop the MAILER()s that a FEATURE (msp, nullclient) calls itself. */
static void
implied_mailers(struct mig *g)
{
	struct strbuf keep = STRBUF_INIT;
	struct model *m;
	const char *p, *e;
	size_t i;

	if ((m = compile_parts(g, &g->pre, &g->head, &g->feat, NULL)) == NULL)
		return;
	for (p = strbuf_str(&g->mailers); *p; p = e + 1) {
		char name[64];
		int have = 0;

		if ((e = strchr(p, '\n')) == NULL)
			break;
		if (sscanf(p, "MAILER(`%63[^']'", name) == 1)
			for (i = 0; i < m->nmailers; i++)
				if (strcmp(m->mailers[i].name, name) == 0)
					have = 1;
		if (!have)
			strbuf_add(&keep, p, (size_t)(e - p + 1));
	}
	strbuf_free(&g->mailers);
	g->mailers = keep;
	model_free(m);
}

/*
 * define(`var', `value')dnl; a value with an m4 quote character in it is
 * written between [ ] quotes (changequote) so that m4 keeps it as is.
 */
static void
add_define(struct strbuf *sb, const char *var, const char *val)
{
	if (strpbrk(val, "`'") == NULL)
		strbuf_addf(sb, "define(`%s', `%s')dnl\n", var, val);
	else
		strbuf_addf(sb, "changequote([, ])dnl\ndefine([%s], [%s])dnl\n"
		    "changequote(`, ')dnl\n", var, val);
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

/*
 * The defines written between [ ] quotes go after the others: while a
 * .mc has other quotes in force the templates do not record a define
 * (lib/main.m4, the define hook), and they take it up again only at
 * the next macro of theirs, so a plain define right after would be
 * lost.
 */
static void
quoted_last(struct strbuf *defs)
{
	struct strbuf plain = STRBUF_INIT, quoted = STRBUF_INIT;
	const char *p = strbuf_str(defs), *e;
	int inq = 0;

	for (; *p != '\0'; p = e) {
		e = strchr(p, '\n');
		e = e != NULL ? e + 1 : p + strlen(p);
		if (strncmp(p, "changequote([, ])dnl\n", 21) == 0)
			inq = 1;
		strbuf_add(inq ? &quoted : &plain, p, (size_t)(e - p));
		if (strncmp(p, "changequote(`, ')dnl\n", 21) == 0)
			inq = 0;
	}
	strbuf_reset(defs);
	strbuf_adds(defs, strbuf_str(&plain));
	strbuf_adds(defs, strbuf_str(&quoted));
	strbuf_free(&plain);
	strbuf_free(&quoted);
}

/* The line number of the .cf line that starts with text, or 0. */
static int
line_of(const struct mig *g, const char *text)
{
	char *pat = xasprintf("\n%s", text);
	const char *p = strstr(g->text, pat), *c;
	int ln = 0;

	free(pat);
	if (p != NULL)
		for (ln = 1, c = g->text; c <= p; c++)
			if (*c == '\n')
				ln++;
	return ln;
}

/*
 * Is .cf line n in the LOCAL_CONFIG text?  The kit writes it after the
 * $n macro ("my name for error messages") and before the configuration
 * version.
 */
static int
in_local_config(const struct mig *g, int n)
{
	return g->lcfrom > 0 && g->lcto > g->lcfrom && n > g->lcfrom + 1 &&
	    n < g->lcto;
}

/*
 * Was option name, set at .cf line n, written by hand in LOCAL_CONFIG?
 * The kit wrote its own line for it commented out ("#O Name=default":
 * no .mc variable set it), and line n is in the LOCAL_CONFIG text (a
 * line added by hand elsewhere in the .cf becomes the variable's define).
 */
static int
local_config_option(const struct mig *g, const char *name, int n)
{
	char *line = xasprintf("\n#O %s", name);
	const char *p = strstr(g->text, line);
	int yes = p != NULL && strchr("=\n", p[strlen(line)]) != NULL;

	free(line);
	return yes && in_local_config(g, n);
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
		if (strcmp(o->def->name, "ClientPortOptions") == 0 &&
		    find_opt(base, nm) == NULL) {
			strbuf_addf(&g->defs, "CLIENT_OPTIONS(`%s')dnl\n", raw);
			continue;
		}
		if (find_opt(g->old, nm) != o) {
			/* a later line wins; keep the line for what reads
			   the .cf before that (LOCAL_CONFIG comes first) */
			strbuf_addf(&g->local, "O %s%s%s\n", nm,
			    o->bare ? "" : "=", raw);
			report(g, o->loc.line, "option %s is set again at line "
			    "%d; this line carried as LOCAL_CONFIG", nm,
			    find_opt(g->old, nm)->loc.line);
			continue;
		}
		b = find_opt(base, nm);
		if (b != NULL && strcmp(b->raw ? b->raw : "", raw) == 0 &&
		    b->bare == o->bare)
			continue;
		if (strcasecmp(nm, "TimeZoneSpec") == 0 && !o->bare) {
			/* confTIME_ZONE: USE_SYSTEM (no line), USE_TZ (an
			   empty value) or the zone */
			add_define(&g->defs, "confTIME_ZONE",
			    *raw != '\0' ? raw : "USE_TZ");
			continue;
		}
		if (optvar(g, nm) != NULL &&
		    local_config_option(g, nm, o->loc.line)) {
			/* the kit wrote its own line for the variable
			   commented out: the .mc wrote this one by hand */
			strbuf_addf(&g->local, "O %s%s%s\n", nm,
			    o->bare ? "" : "=", raw);
			report(g, o->loc.line, "option %s is not the cf "
			    "variable's line (the kit's is commented out); "
			    "carried as LOCAL_CONFIG", nm);
			continue;
		}
		if ((var = optvar(g, nm)) != NULL)
			/* the filter list after the INPUT_MAIL_FILTERs that
			   would add to it */
			add_define(strcmp(nm, "InputMailFilters") == 0 ?
			    &g->late : &g->defs, var, raw);
		else {
			strbuf_addf(&g->local, "O %s%s%s\n", nm,
			    o->bare ? "" : "=", raw);
			report(g, o->loc.line, "option %s has no cf variable; "
			    "carried as LOCAL_CONFIG", nm);
		}
	}
	for (i = 0; i < base->noptions; i++) {
		optname(&base->options[i], nm, sizeof(nm));
		if (strcmp(base->options[i].def->name, "DaemonPortOptions") == 0 ||
		    find_opt(g->old, nm) != NULL)
			continue;
		if (optvar(g, nm) != NULL && find_opt(base, nm) ==
		    &base->options[i])
			/* an OSTYPE/DOMAIN default the .mc took back */
			strbuf_addf(&g->late, "undefine(`%s')dnl\n",
			    optvar(g, nm));
		else if (optvar(g, nm) == NULL)
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
	if (!msa && strstr(strbuf_str(&g->feat),
	    "FEATURE(`no_default_msa')") == NULL)
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
		if (strcmp(mm->name, "Z") == 0 && b != NULL &&
		    strncmp(mm->value, b, strlen(b)) == 0 &&
		    mm->value[strlen(b)] == '/')
			strbuf_addf(&g->defs, "define(`confCF_VERSION', "
			    "`%s')dnl\n", mm->value + strlen(b) + 1);
		else if (strcmp(mm->name, "n") == 0)
			strbuf_addf(&g->defs, "define(`confMAILER_NAME', "
			    "`%s')dnl\n", mm->raw);
		else if (strcmp(mm->name, "MTAHost") == 0 &&
		    strstr(strbuf_str(&g->feat), "`msp'") != NULL)
			;	/* the argument of FEATURE(msp) */
		else if (mc != NULL && strcmp(mm->name, "M") == 0)
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

/*
 * The .mc variable that sets field code of mailer name in the cf kit's
 * mailer files, or NULL: *_MAILER_PATH, _ARGS, _MAX, ...  Several mailers
 * share some (SMTP_MAILER_MAX sets M= of smtp, esmtp, smtp8 and dsmtp).
 */
static const char *
mailer_var(const char *name, char code, char *buf, size_t n)
{
	static const struct {
		char code;
		const char *suffix;
	} generic[] = {
		{ 'P', "PATH" }, { 'A', "ARGS" }, { 'M', "MAX" },
		{ 'm', "MAXMSGS" }, { 'r', "MAXRCPTS" }, { 'C', "CHARSET" },
		{ 'Q', "QGRP" },
	};
	static const char *const smtps[] = { "smtp", "esmtp", "smtp8",
	    "dsmtp", NULL };
	char up[40];
	size_t i;
	int smtp = 0;

	for (i = 0; smtps[i]; i++)
		if (strcmp(smtps[i], name) == 0)
			smtp = 1;
	for (i = 0; name[i] && i + 1 < sizeof(up); i++)
		up[i] = name[i] == '-' ? '_' :
		    (char)toupper((unsigned char)name[i]);
	up[i] = '\0';
	if (strncmp(name, "uucp", 4) == 0 || strcmp(name, "suucp") == 0)
		snprintf(up, sizeof(up), "UUCP");
	if (strcmp(name, "cyrusbb") == 0)
		snprintf(up, sizeof(up), "CYRUS_BB");
	if (smtp) {
		if (code == 'A' || code == 'Q')
			snprintf(buf, n, "%s_MAILER_%s", up,
			    code == 'A' ? "ARGS" : "QGRP");
		else if (code == 'L')
			snprintf(buf, n, "SMTP_MAILER_LL");
		else if (code == 'M' || code == 'm' || code == 'r' ||
		    code == 'C')
			snprintf(buf, n, "SMTP_MAILER_%s", code == 'M' ? "MAX" :
			    code == 'm' ? "MAXMSGS" : code == 'r' ? "MAXRCPTS" :
			    "CHARSET");
		else
			return NULL;
		return buf;
	}
	if (strcmp(name, "relay") == 0) {
		if (code == 'r')
			snprintf(buf, n, "SMTP_MAILER_MAXRCPTS");
		else if (code == 'L')
			snprintf(buf, n, "RELAY_MAILER_LL");
		else if (code == 'A' || code == 'Q' || code == 'm' ||
		    code == 'C')
			snprintf(buf, n, "RELAY_MAILER_%s", code == 'A' ?
			    "ARGS" : code == 'Q' ? "QGRP" : code == 'm' ?
			    "MAXMSGS" : "CHARSET");
		else
			return NULL;
		return buf;
	}
	if (strcmp(name, "prog") == 0) {
		switch (code) {
		case 'P': snprintf(buf, n, "LOCAL_SHELL_PATH"); break;
		case 'A': snprintf(buf, n, "LOCAL_SHELL_ARGS"); break;
		case 'D': snprintf(buf, n, "LOCAL_SHELL_DIR"); break;
		case 'M': snprintf(buf, n, "LOCAL_MAILER_MAX"); break;
		case 'Q': snprintf(buf, n, "LOCAL_PROG_QGRP"); break;
		default: return NULL;
		}
		return buf;
	}
	if (strcmp(name, "local") == 0 && code == 'E') {
		snprintf(buf, n, "LOCAL_MAILER_EOL");
		return buf;
	}
	if (strcmp(name, "ssh") == 0 && (code == 'U' || code == 'D')) {
		snprintf(buf, n, "SSH_MAILER_%s", code == 'U' ? "USER" : "DIR");
		return buf;
	}
	if (strcmp(name, "cyrusv2") == 0 && code == 'P')
		return NULL;
	for (i = 0; i < sizeof(generic) / sizeof(generic[0]); i++)
		if (generic[i].code == code) {
			snprintf(buf, n, "%s_MAILER_%s", up, generic[i].suffix);
			return buf;
		}
	return NULL;
}

/* The MODIFY_MAILER_FLAGS key of a mailer (its F= is _MODMF_(.., KEY)). */
static const char *
mailer_flagkey(const char *name, int *shared)
{
	static const struct {
		const char *mailer, *key;
	} keys[] = {
		{ "smtp", "SMTP" }, { "esmtp", "ESMTP" }, { "smtp8", "SMTP8" },
		{ "dsmtp", "DSMTP" }, { "relay", "RELAY" }, { "local", "LOCAL" },
		{ "prog", "SHELL" }, { "procmail", "PROCMAIL" },
		{ "cyrusv2", "CYRUSV2" }, { "cyrus", "CYRUS" },
		{ "cyrusbb", "CYRUS" }, { "ssh", "SSH" }, { "pop", "POP" },
		{ "ph", "PH" },
	};
	size_t i;

	*shared = strcmp(name, "cyrus") == 0 || strcmp(name, "cyrusbb") == 0;
	if (strncmp(name, "uucp", 4) == 0 || strcmp(name, "suucp") == 0) {
		*shared = 1;
		return "UUCP";
	}
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(keys[i].mailer, name) == 0)
			return keys[i].key;
	return NULL;
}

static const char *
mfield(const struct model_mailer *m, char code)
{
	size_t i;

	for (i = 0; i < m->nfields; i++)
		if (m->fields[i].code == code)
			return m->fields[i].value;
	return NULL;
}

/* add line to sb unless sb has it already */
static void
add_once(struct strbuf *sb, const char *line)
{
	if (strstr(strbuf_str(sb), line) == NULL)
		strbuf_adds(sb, line);
}

static void
mailer_flags(struct mig *g, const char *name, const char *ov, const char *bv)
{
	int shared;
	const char *key = mailer_flagkey(name, &shared);
	struct strbuf add = STRBUF_INIT, del = STRBUF_INIT;
	char *line;
	const char *p;

	if (key == NULL) {
		report(g, 0, "mailer %s: F=%s differs from the MAILER's %s; "
		    "not carried", name, ov ? ov : "", bv ? bv : "");
		return;
	}
	if (!shared) {
		line = xasprintf("MODIFY_MAILER_FLAGS(`%s', `%s')dnl\n", key,
		    ov ? ov : "");
		add_once(&g->pre, line);
		free(line);
		return;
	}
	for (p = ov ? ov : ""; *p; p++)
		if (bv == NULL || strchr(bv, *p) == NULL)
			strbuf_addc(&add, *p);
	for (p = bv ? bv : ""; *p; p++)
		if (ov == NULL || strchr(ov, *p) == NULL)
			strbuf_addc(&del, *p);
	if (add.len > 0) {
		line = xasprintf("MODIFY_MAILER_FLAGS(`%s', `+%s')dnl\n", key,
		    strbuf_str(&add));
		add_once(&g->pre, line);
		free(line);
	}
	if (del.len > 0) {
		line = xasprintf("MODIFY_MAILER_FLAGS(`%s', `-%s')dnl\n", key,
		    strbuf_str(&del));
		add_once(&g->pre, line);
		free(line);
	}
	strbuf_free(&add);
	strbuf_free(&del);
}

static void
mailers(struct mig *g, const struct model *base, int procmail_local)
{
	size_t i, j;
	const char *codes = "PAMFSRELTUNDCWZmrQ";
	char vbuf[96];

	for (i = 0; i < g->old->nmailers; i++) {
		const struct model_mailer *om = &g->old->mailers[i];
		const struct model_mailer *bm = NULL;

		for (j = 0; j < base->nmailers; j++)
			if (strcmp(base->mailers[j].name, om->name) == 0)
				bm = &base->mailers[j];
		if (bm == NULL) {
			carry_lines(g, &g->local, om->loc.line);
			report(g, om->loc.line, "mailer %s is not one the "
			    "MAILERs write; carried as LOCAL_CONFIG", om->name);
			continue;
		}
		for (j = 0; codes[j]; j++) {
			const char *ov = mfield(om, codes[j]),
			    *bv = mfield(bm, codes[j]), *var;
			char *line;

			if ((ov == NULL && bv == NULL) ||
			    (ov && bv && strcmp(ov, bv) == 0))
				continue;
			if (codes[j] == 'F') {
				mailer_flags(g, om->name, ov, bv);
				continue;
			}
			var = mailer_var(om->name, codes[j], vbuf, sizeof(vbuf));
			if (codes[j] == 'T' && strcmp(om->name, "local") == 0 &&
			    ov != NULL && strrchr(ov, '/') != NULL) {
				line = xasprintf("define(`LOCAL_MAILER_DSN_"
				    "DIAGNOSTIC_CODE', `%s')dnl\n",
				    strrchr(ov, '/') + 1);
				add_once(&g->pre, line);
				free(line);
				continue;
			}
			if (procmail_local && strcmp(om->name, "local") == 0 &&
			    codes[j] == 'P' && mfield(om, 'A') != NULL &&
			    mfield(bm, 'A') != NULL && ov != NULL &&
			    strcmp(mfield(om, 'A'), mfield(bm, 'A')) == 0) {
				/* only the program differs: the variable the
				   FEATURE reads, and the FEATURE again (the
				   kit's OSTYPE sets the variable itself) */
				line = xasprintf("define(`PROCMAIL_MAILER_PATH', "
				    "`%s')dnl\nFEATURE(`local_procmail')dnl\n",
				    ov);
				add_once(&g->defs, line);
				free(line);
				continue;
			}
			if (procmail_local && strcmp(om->name, "local") == 0 &&
			    (codes[j] == 'P' || codes[j] == 'A')) {
				/* FEATURE(local_procmail) sets them */
				line = xasprintf("FEATURE(`local_procmail', "
				    "`%s', `%s')dnl\n", mfield(om, 'P') ?
				    mfield(om, 'P') : "", mfield(om, 'A') ?
				    mfield(om, 'A') : "");
				add_once(&g->defs, line);
				free(line);
				continue;
			}
			if (strcmp(om->name, "prog") == 0 && codes[j] == 'P' &&
			    strstr(strbuf_str(&g->feat), "`smrsh'") != NULL)
				continue;	/* FEATURE(smrsh) argument */
			if (var != NULL && ov != NULL) {
				line = xasprintf("define(`%s', `%s')dnl\n", var,
				    ov);
				add_once(&g->pre, line);
				free(line);
			} else
				report(g, om->loc.line, "mailer %s: %c=%s "
				    "differs from the MAILER's %s; not carried",
				    om->name, codes[j], ov ? ov : "(none)",
				    bv ? bv : "(none)");
		}
	}
}

static int
same_classdecl(const struct model_classdecl *a,
    const struct model_classdecl *b)
{
	size_t i;

	if (a->kind != b->kind || strcmp(a->name, b->name) != 0)
		return 0;
	if (a->kind == CLASS_FILE)
		return strcmp(a->file, b->file) == 0 &&
		    a->optional == b->optional &&
		    strcmp(a->format ? a->format : "",
		    b->format ? b->format : "") == 0;
	if (a->nwords != b->nwords)
		return 0;
	for (i = 0; i < a->nwords; i++)
		if (strcmp(a->words[i], b->words[i]) != 0)
			return 0;
	return 1;
}

/*
 * Line by line: a C or F line of the legacy cf that the skeleton also
 * writes (same words, same order) is the kit's; any other is carried as a
 * whole line, so that the cf kit writes it back the same way.
 */
static int
has_class(const struct model *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->nclasses; i++)
		if (strcmp(m->classes[i].name, name) == 0)
			return 1;
	return 0;
}

static void
classes(struct mig *g, const struct model *base)
{
	size_t i, j, k;
	char *used = xcalloc(base->nclasses + 1, 1);
	int virtr = 0;

	for (i = 0; i < g->old->nclasses; i++) {
		const struct model_classdecl *c = &g->old->classes[i];
		const char *mc = NULL;
		const char *br = strlen(c->name) > 1 ? "{" : "";
		const char *bc = strlen(c->name) > 1 ? "}" : "";
		int found = 0, sitew;

		for (j = 0; j < base->nclasses && !found; j++)
			if (!used[j] && same_classdecl(c, &base->classes[j]))
				used[j] = found = 1;
		if (found)
			continue;
		/* SITECONFIG(..., NAME, `U') writes C{w}NAME NAME.UUCP as a
		   raw line: carried as one, not as LOCAL_DOMAIN */
		sitew = c->kind != CLASS_FILE && strcmp(c->name, "w") == 0 &&
		    c->nwords == 2 && model_macro(g->old, "U") != NULL &&
		    strcmp(c->words[0], model_macro(g->old, "U")) == 0 &&
		    strncmp(c->words[1], c->words[0], strlen(c->words[0])) == 0 &&
		    strcmp(c->words[1] + strlen(c->words[0]), ".UUCP") == 0;
		/* UUCP_RELAY and the like write CPUUCP (...) too */
		for (k = 0; c->kind != CLASS_FILE && c->nwords == 1 &&
		    strcmp(c->name, "P") == 0 && k < sizeof(relay_words) /
		    sizeof(relay_words[0]); k++)
			if (strcmp(c->words[0], relay_words[k].word) == 0 &&
			    model_macro(g->old, relay_words[k].macro) != NULL)
				found = 1;
		if (found)
			continue;
		/* VIRTUSER_DOMAIN(_FILE) writes CR$={VirtHost} too */
		if (!virtr && c->kind != CLASS_FILE &&
		    strcmp(c->name, "R") == 0 && c->nwords == 1 &&
		    strcmp(c->words[0], "$={VirtHost}") == 0 &&
		    has_class(g->old, "VirtHost")) {
			virtr = 1;
			continue;
		}
		if (c->kind == CLASS_FILE) {
			const char *var = NULL;

			for (k = 0; k < sizeof(class_files) /
			    sizeof(class_files[0]); k++)
				if (strcmp(class_files[k].cls, c->name) == 0)
					var = class_files[k].var;
			for (j = 0; var != NULL && j < base->nclasses; j++)
				if (!used[j] &&
				    base->classes[j].kind == CLASS_FILE &&
				    strcmp(base->classes[j].name, c->name) == 0 &&
				    c->format == NULL)
					break;
			if (var != NULL && j < base->nclasses) {
				/* the kit's F line, with another file */
				used[j] = 1;
				strbuf_addf(&g->pre, "define(`%s', `%s%s')dnl\n",
				    var, c->optional ? "-o " : "", c->file);
				continue;
			}
			for (k = 0; c->format == NULL && k <
			    sizeof(class_file_macros) /
			    sizeof(class_file_macros[0]); k++)
				if (strcmp(class_file_macros[k].cls,
				    c->name) == 0)
					break;
			if (c->format == NULL && k < sizeof(class_file_macros) /
			    sizeof(class_file_macros[0])) {
				strbuf_addf(&g->defs, "%s(`%s%s')dnl\n",
				    class_file_macros[k].mcname,
				    c->optional ? "-o " : "", c->file);
				continue;
			}
			strbuf_addf(&g->local, "F%s%s%s%s%s%s%s\n", br, c->name,
			    bc, c->optional ? "-o " : "", c->file,
			    c->format ? " " : "", c->format ? c->format : "");
			report(g, c->loc.line, "class file F%s %s carried as "
			    "LOCAL_CONFIG", c->name, c->file);
			continue;
		}
		/* a C line the .mc wrote in LOCAL_CONFIG stays there */
		for (k = 0; !sitew && !in_local_config(g, c->loc.line) &&
		    k < sizeof(class_names) /
		    sizeof(class_names[0]); k++)
			if (strcmp(class_names[k].cls, c->name) == 0)
				mc = class_names[k].mcname;
		if (mc != NULL)
			strbuf_addf(&g->defs, "%s(`", mc);
		else
			strbuf_addf(&g->local, "C%s%s%s", br, c->name, bc);
		for (j = 0; j < c->nwords; j++)
			strbuf_addf(mc != NULL ? &g->defs : &g->local, "%s%s",
			    j ? " " : "", c->words[j]);
		if (mc != NULL)
			strbuf_adds(&g->defs, "')dnl\n");
		else {
			strbuf_addc(&g->local, '\n');
			report(g, c->loc.line, "class %s line carried as "
			    "LOCAL_CONFIG", c->name);
		}
	}
	free(used);
}

/*
 * The K lines of FEATURE(dnsbl), enhdnsbl and mtamark come from
 * variables: "Kdnsbl DNSBL_MAP -T<TMP> DNSBL_MAP_OPT",
 * "Kednsbl dns -R A -a. -T<TMP> -rEDNSBL_TO", the same with MTAMARK_TO.
 */
static int
dns_map_vars(struct mig *g, const char *name, const char *args)
{
	const char *t = strstr(args, " -T<TMP>"), *r;
	char *line;

	if (t == NULL)
		return 0;
	if (strcmp(name, "dnsbl") == 0) {
		line = xasprintf("define(`DNSBL_MAP', `%.*s')dnl\n",
		    (int)(t - args), args);
		strbuf_adds(&g->pre, line);
		free(line);
		if (t[8] == ' ')
			strbuf_addf(&g->pre, "define(`DNSBL_MAP_OPT', `%s')dnl\n",
			    t + 9);
		return 1;
	}
	if ((strcmp(name, "ednsbl") == 0 || strcmp(name, "mtamark") == 0) &&
	    strncmp(t, " -T<TMP> -r", 11) == 0 && strchr(t + 11, ' ') == NULL) {
		r = t + 11;
		strbuf_addf(&g->pre, "define(`%s', `%s')dnl\n",
		    name[0] == 'e' ? "EDNSBL_TO" : "MTAMARK_TO", r);
		return 1;
	}
	return 0;
}

static void
maps(struct mig *g, const struct model *base)
{
	size_t i, j, k;

	for (i = 0; i < g->old->nmaps; i++) {
		const struct model_map *mp = &g->old->maps[i];
		int found = 0;

		for (k = 0; k < base->nmaps; k++)
			if (strcmp(base->maps[k].name, mp->name) == 0) {
				char *a = map_args(g->old, mp->name),
				    *b = map_args(base, mp->name);

				if (!found && strcmp(a, b) != 0 &&
				    dns_map_vars(g, mp->name, a))
					;	/* DNSBL_MAP, EDNSBL_TO, ... */
				else if (!found &&
				    strcmp(mp->name, "dequote") != 0 &&
				    strcmp(a, b) != 0)
					report(g, mp->loc.line, "map %s: K line "
					    "differs from what the .mc writes "
					    "(%s); not carried", mp->name, b);
				found = 1;
				free(a);
				free(b);
			}
		if (found && strcmp(mp->name, "dequote") == 0 &&
		    strcmp(mp->mclass, "dequote") == 0 && mp->nargs > 0) {
			strbuf_adds(&g->defs, "define(`confDEQUOTE_OPTS', `");
			for (j = 0; j < mp->nargs; j++)
				strbuf_addf(&g->defs, "%s%s", j ? " " : "",
				    mp->args[j]);
			strbuf_adds(&g->defs, "')dnl\n");
		}
		/* _CERT_REGEX_ISSUER_ and _SUBJECT_ write these */
		if (!found && strcmp(mp->mclass, "regex") == 0 &&
		    (strcmp(mp->name, "CERTIssuer") == 0 ||
		    strcmp(mp->name, "CERTSubject") == 0)) {
			struct strbuf v = STRBUF_INIT;

			for (j = 0; j < mp->nargs; j++)
				strbuf_addf(&v, "%s%s", j ? " " : "",
				    mp->args[j]);
			add_define(&g->defs, strcmp(mp->name, "CERTIssuer") == 0 ?
			    "_CERT_REGEX_ISSUER_" : "_CERT_REGEX_SUBJECT_",
			    strbuf_str(&v));
			strbuf_free(&v);
			continue;
		}
		/* the kit writes Kuser with LUSER_RELAY (DL), which the
		 * draft .mc compiled as base does not define yet */
		if (!found && strcmp(mp->name, "user") == 0 &&
		    strcmp(mp->mclass, "user") == 0 && mp->nargs == 2 &&
		    strcmp(mp->args[0], "-m") == 0 &&
		    strcmp(mp->args[1], "-a<>") == 0 &&
		    model_macro(g->old, "L") != NULL)
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

/*
 * MACRO(`name', `key=value, ...') for each of the N entries of OLD (milters,
 * queue groups) whose name the NB entries of BASE do not have.
 */
static void
fielded_new(struct mig *g, const char *macro, const struct model_mailer *old,
    size_t n, const struct model_mailer *base, size_t nb)
{
	size_t i, j;
	int found;

	for (i = 0; i < n; i++) {
		const struct model_mailer *x = &old[i];

		for (j = 0, found = 0; j < nb; j++)
			if (strcmp(base[j].name, x->name) == 0)
				found = 1;
		if (found)
			continue;
		strbuf_addf(&g->defs, "%s(`%s', `", macro, x->name);
		for (j = 0; j < x->nfields; j++)
			strbuf_addf(&g->defs, "%s%s=%s", j ? ", " : "",
			    x->fields[j].key, x->fields[j].value);
		strbuf_adds(&g->defs, "')dnl\n");
	}
}

static void
milters(struct mig *g, const struct model *base)
{
	fielded_new(g, "INPUT_MAIL_FILTER", g->old->milters, g->old->nmilters,
	    base->milters, base->nmilters);
}

static const char *cf_line(const struct mig *, int, size_t *);

/* The line of the .cf and its continuation lines, into sb. */
static void
carry_lines(struct mig *g, struct strbuf *sb, int line)
{
	size_t len;
	const char *t;

	while ((t = cf_line(g, line, &len)) != NULL) {
		strbuf_add(sb, t, len);
		strbuf_addc(sb, '\n');
		if (t[len] != '\n' || (t[len + 1] != ' ' && t[len + 1] != '\t'))
			break;
		line++;
	}
}

static int
same_header(const struct model_header *a, const struct model_header *b)
{
	return strcasecmp(a->name, b->name) == 0 &&
	    strcmp(a->cond ? a->cond : "", b->cond ? b->cond : "") == 0 &&
	    strcmp(a->value, b->value) == 0;
}

/* H lines: From: and Message-Id: have cf variables, others are carried. */
static void
headers(struct mig *g, const struct model *base)
{
	static const struct {
		const char *name, *var;
	} hvars[] = {
		{ "From", "confFROM_HEADER" },
		{ "Resent-From", "confFROM_HEADER" },
		{ "Message-Id", "confMESSAGEID_HEADER" },
		{ "Resent-Message-Id", "confMESSAGEID_HEADER" },
	};
	size_t i, j, k;
	int done[2] = { 0, 0 };

	for (i = 0; i < g->old->nheaders; i++) {
		const struct model_header *h = &g->old->headers[i];
		int found = 0, kit = 0;

		for (j = 0; j < base->nheaders && !found; j++)
			if (same_header(h, &base->headers[j]))
				found = 1;
		if (found)
			continue;
		for (k = 0; k < sizeof(hvars) / sizeof(hvars[0]); k++)
			if (strcasecmp(hvars[k].name, h->name) == 0)
				break;
		for (j = 0; j < base->nheaders; j++)
			if (strcasecmp(base->headers[j].name, h->name) == 0 &&
			    strcmp(base->headers[j].cond ?
			    base->headers[j].cond : "",
			    h->cond ? h->cond : "") == 0)
				kit = 1;
		if (k < sizeof(hvars) / sizeof(hvars[0]) && kit) {
			if (!done[k / 2]++)
				strbuf_addf(&g->defs, "define(`%s', `%s')dnl\n",
				    hvars[k].var, h->value);
			continue;
		}
		carry_lines(g, &g->local, h->loc.line);
		report(g, h->loc.line, "header %s carried as LOCAL_CONFIG",
		    h->name);
	}
}

/* V/vendor, T lines, Q lines, E lines */
static void
misc_decls(struct mig *g, const struct model *base)
{
	size_t i, j;

	for (i = 0; i < g->old->nenvs; i++) {
		const struct model_env *e = &g->old->envs[i];
		int found = 0;

		for (j = 0; j < base->nenvs; j++)
			if (strcmp(base->envs[j].name, e->name) == 0 &&
			    strcmp(base->envs[j].value ? base->envs[j].value :
			    "", e->value ? e->value : "") == 0)
				found = 1;
		if (found)
			continue;
		carry_lines(g, &g->local, e->loc.line);
		report(g, e->loc.line, "environment %s carried as "
		    "LOCAL_CONFIG", e->name);
	}

	if (g->old->vendor == NULL && base->vendor != NULL)
		strbuf_adds(&g->pre, "define(`NO_VENDOR', `1')dnl\n");
	else if (g->old->vendor != NULL && (base->vendor == NULL ||
	    strcmp(g->old->vendor, base->vendor) != 0))
		strbuf_addf(&g->pre, "define(`VENDOR_NAME', `%s')dnl\n",
		    g->old->vendor);
	for (i = 0; i < g->old->ntrusted; i++) {
		const struct model_trusted *t = &g->old->trusted[i];
		int found = 0;

		for (j = 0; j < base->ntrusted && !found; j++) {
			size_t u;

			if (base->trusted[j].nusers != t->nusers)
				continue;
			for (u = 0; u < t->nusers; u++)
				if (strcmp(base->trusted[j].users[u],
				    t->users[u]) != 0)
					break;
			found = u == t->nusers;
		}
		if (found)
			continue;
		strbuf_adds(&g->defs, "define(`confTRUSTED_USERS', `");
		for (j = 0; j < t->nusers; j++)
			strbuf_addf(&g->defs, "%s%s", j ? " " : "",
			    t->users[j]);
		strbuf_adds(&g->defs, "')dnl\n");
	}
	fielded_new(g, "QUEUE_GROUP", g->old->qgroups, g->old->nqgroups,
	    base->qgroups, base->nqgroups);
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

/* 64-bit FNV-1a */
static unsigned long long
fnv1a(const char *s)
{
	unsigned long long h = 14695981039346656037ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/*
 * The text a stock rule is known by: "RULESET<TAB>LHS<TAB>RHS", the
 * tokens as `mailcf show --rules` prints them (comments dropped), with the
 * DNSBL servers the kit put into rules (dnsbl_blocks() found them by
 * its "spam list" comments, and rhsbl's by its lookup rule) replaced by
 * the generator's placeholder "dnsbl . invalid".
 */
static char *
stock_text(const struct mig *g, const struct model_ruleset *rs,
    const struct model_rule *r)
{
	struct strbuf sb = STRBUF_INIT, srv = STRBUF_INIT;
	const char *p, *nl, *q;
	char *t, *hit;
	size_t from, i;
	int pass;

	strbuf_addf(&sb, "%s\t", rs->name);
	model_format_tokens(&sb, r->lhs, r->nlhs);
	strbuf_addc(&sb, '\t');
	model_format_tokens(&sb, r->rhs, r->nrhs);
	t = strbuf_detach(&sb, NULL);
	/*
	 * In a DNSBL block the reject message and enhdnsbl's values are
	 * FEATURE arguments (dnsbl_args reads them back): the text is
	 * known by its shape, "< ? > VALUE" and "$: MSG".
	 */
	if (in_dnsbl(g, r->loc.line) &&
	    strncmp(t, "Basic_check_relay\t< ? > ", 24) == 0) {
		static const char *const act[] = {
			"\t$# error $@ 5 . 7 . 1 $: ",
			"\t$# error $@ quarantine $: ", "\t$# discard $: ",
		};
		int dflt = strncmp(t + 24, "$+\t", 3) == 0;
		size_t k;

		for (k = 0; k < sizeof(act) / sizeof(act[0]); k++)
			if (strstr(t, act[k]) != NULL) {
				free(t);
				return xasprintf("Basic_check_relay\t< ? > "
				    "%s%sMSG", dflt ? "$+" : "VALUE", act[k]);
			}
	}
	/* FEATURE(greet_pause, N): the delay of its last default rule */
	if (strncmp(t, "greet_pause\t< ? > < $* >\t$# ", 28) == 0 &&
	    t[28 + strspn(t + 28, "0123456789")] == '\0') {
		free(t);
		return xstrdup("greet_pause\t< ? > < $* >\t$# DELAY");
	}
	/* confREJECT_MSG: the access map's REJECT rules */
	if ((q = strstr(t, "< REJECT >")) != NULL &&
	    (q = strstr(q, "\t$# error $: ")) != NULL &&
	    q[strlen("\t$# error $: ")] == '"') {
		char *n = xasprintf("%.*s\t$# error $: REJECT_MSG",
		    (int)(q - t), t);

		free(t);
		return n;
	}
	/* FEATURE(always_add_domain, DOMAIN): AddDomain's last rule */
	if (strncmp(t, "AddDomain\t$+\t$@ $1 < @ ", 23) == 0 &&
	    strstr(t + 23, "LOCAL") == NULL) {
		free(t);
		return xstrdup("AddDomain\t$+\t$@ $1 < @ DOMAIN >");
	}
	/* FEATURE(bcc, ..., REPLACEMENT): its last default rule */
	if (strncmp(t, "bcc\t$* $| $*\t$: ", 16) == 0) {
		free(t);
		return xstrdup("bcc\t$* $| $*\t$: REPLACEMENT");
	}
	/* FEATURE(prefixmod, PREFIX, FLAGS): its one rule */
	if (strstr(t, "\t$: $1 $( macro {rcpt_flags} $@ ") != NULL &&
	    strlen(t) > 3 && strcmp(t + strlen(t) - 3, " $)") == 0) {
		char *n = xasprintf("%.*s\tPREFIX $+\t$: $1 $( macro "
		    "{rcpt_flags} $@ FLAGS $)", (int)strcspn(t, "\t"), t);

		free(t);
		return n;
	}
	/* FEATURE(queuegroup, GROUP): the default group of its <?> rule */
	if (strncmp(t, "queuegroup\t< ? >\t$# ", 20) == 0) {
		free(t);
		return xstrdup("queuegroup\t< ? >\t$# GROUP");
	}
	for (i = 0; i < g->nbl; i++) {
		p = g->bl[i].server;
		nl = p + strlen(p);
		for (pass = 0; pass < 2; pass++) {
			/* tokens (one . example), then inside a quoted
			   message (one.example) */
			const char *ph = pass ? "dnsbl.invalid" :
			    "dnsbl . invalid";

			strbuf_reset(&srv);
			for (q = p; q < nl; q++)
				if (*q == '.' && pass == 0)
					strbuf_adds(&srv, " . ");
				else
					strbuf_addc(&srv, *q);
			from = 0;
			while (srv.len > 0 && (hit = strstr(t + from,
			    strbuf_str(&srv))) != NULL) {
				char *n;

				/* a whole name: bl.example is not in
				   ebl.example */
				if ((hit > t && (isalnum((unsigned char)hit[-1])
				    || hit[-1] == '-')) ||
				    isalnum((unsigned char)hit[srv.len]) ||
				    hit[srv.len] == '-') {
					from = (size_t)(hit - t) + 1;
					continue;
				}
				n = xasprintf("%.*s%s%s", (int)(hit - t), t, ph,
				    hit + srv.len);
				from = (size_t)(hit - t) + strlen(ph);
				free(t);
				t = n;
			}
		}
	}
	strbuf_free(&srv);
	return t;
}

static int
cmp_digest(const void *a, const void *b)
{
	unsigned long long x = *(const unsigned long long *)a,
	    y = *(const unsigned long long *)b;

	return x < y ? -1 : x > y;
}

static int
stock_known(unsigned long long d)
{
	return bsearch(&d, lint_stock_digests, lint_stock_ndigests,
	    sizeof(d), cmp_digest) != NULL;
}

/* --stock-digests: the digests of every rule of the stock rulesets */
static void
print_digests(const struct mig *g)
{
	size_t i, j;

	for (i = 0; i < g->old->nrulesets; i++) {
		const struct model_ruleset *rs = &g->old->rulesets[i];

		if (!is_stock(rs->name))
			continue;
		for (j = 0; j < rs->nrules; j++) {
			char *t = stock_text(g, rs, &rs->rules[j]);

			printf("%016llx\t%s\n", fnv1a(t), t);
			free(t);
		}
	}
}

/*
 * Is r a rule of LOCAL_DNSBL?  The kit writes that text in
 * Basic_check_relay after the DNSBL blocks (each ends with a blank line)
 * and before FEATURE(require_rdns)'s rules, so a rule there that is in
 * no block is the .mc's, even when it equals one of a block's.
 */
static int
local_dnsbl(const struct mig *g, const struct model_ruleset *rs,
    const struct model_rule *r)
{
	int last = 0;
	size_t i;

	if (strcmp(rs->name, "Basic_check_relay") != 0 ||
	    in_dnsbl(g, r->loc.line))
		return 0;
	for (i = 0; i < g->nbl; i++)
		if (g->bl[i].last > last)
			last = g->bl[i].last;
	return last > 0 && r->loc.line > last &&
	    (g->rdnsline == 0 || r->loc.line < g->rdnsline);
}

/*
 * Where a rule added by hand to a stock ruleset goes in the .mc: the
 * LOCAL_RULE_n hooks of rulesets 0-3, the Local_check_* hook a check_*
 * ruleset calls first, else the ruleset itself under LOCAL_RULESETS
 * (sendmail appends the rules of a second S line of the same name).
 */
static void
carry_stock_rule(struct mig *g, const struct model_ruleset *rs,
    const struct model_rule *r)
{
	static const struct {
		const char *set, *hook;
	} hooks[] = {
		{ "check_relay", "Local_check_relay" },
		{ "Basic_check_relay", "Local_check_relay" },
		{ "check_mail", "Local_check_mail" },
		{ "Basic_check_mail", "Local_check_mail" },
		{ "check_rcpt", "Local_check_rcpt" },
		{ "Basic_check_rcpt", "Local_check_rcpt" },
		{ "localaddr", "Local_localaddr" },
		{ "trust_auth", "Local_trust_auth" },
		{ "tls_client", "Local_tls_client" },
		{ "tls_server", "Local_tls_server" },
		{ "tls_rcpt", "Local_tls_rcpt" },
		{ "try_tls", "Local_try_tls" },
		{ "srv_features", "Local_srv_features" },
		{ "clt_features", "Local_clt_features" },
		{ "check_eoh", "Local_check_eoh" },
	};
	const char *hook = NULL, *t, *div = NULL;
	int lr = -1;
	size_t i, len;

	/* where the kit's LOCAL_RULE_n, LOCAL_NET_CONFIG and LOCAL_DNSBL
	   land (a LOCAL_DNSBL rule is one after the DNSBL blocks, see
	   local_dnsbl()) */
	if (strcmp(rs->name, "Parse0") == 0 || rs->number == 0 ||
	    strcmp(rs->name, "ParseLocal") == 0)
		lr = 0;
	else if (rs->number >= 1 && rs->number <= 3)
		lr = rs->number;
	else if (strcmp(rs->name, "Canonify2") == 0)
		lr = 3;
	else if (strcmp(rs->name, "Parse1") == 0)
		div = "LOCAL_NET_CONFIG";
	else if (local_dnsbl(g, rs, r))
		div = "LOCAL_DNSBL";

	for (i = 0; i < sizeof(hooks) / sizeof(hooks[0]); i++)
		if (strcmp(hooks[i].set, rs->name) == 0)
			hook = hooks[i].hook;
	if ((t = cf_line(g, r->loc.line, &len)) == NULL)
		return;
	if (lr >= 0) {
		strbuf_addf(&g->lrules[lr], "%.*s\n", (int)len, t);
		report(g, r->loc.line, "rule of %s that the cf kit does not "
		    "write (hand-edited?); carried as LOCAL_RULE_%d: %.*s",
		    rs->name, lr, (int)len, t);
		return;
	}
	if (div != NULL) {
		if (g->lastdiv == NULL || strcmp(g->lastdiv, div) != 0)
			strbuf_addf(&g->xrules_div, "%s\n", div);
		g->lastdiv = div;
		strbuf_addf(&g->xrules_div, "%.*s\n", (int)len, t);
		report(g, r->loc.line, "rule of %s that the cf kit does not "
		    "write (hand-edited?); carried as %s: %.*s", rs->name,
		    div, (int)len, t);
		return;
	}
	strbuf_addf(&g->xrules, "S%s\n%.*s\n", hook ? hook : rs->name,
	    (int)len, t);
	report(g, r->loc.line, "rule of %s that the cf kit does not write "
	    "(hand-edited?); carried as LOCAL_RULESETS in %s: %.*s",
	    rs->name, hook ? hook : rs->name, (int)len, t);
}

static void
stock_rules(struct mig *g)
{
	size_t i, j;

	for (i = 0; i < g->old->nrulesets; i++) {
		const struct model_ruleset *rs = &g->old->rulesets[i];

		if (!is_stock(rs->name) || strncmp(rs->name, "Local_", 6) == 0)
			continue;
		for (j = 0; j < rs->nrules; j++) {
			char *t = stock_text(g, rs, &rs->rules[j]);

			if (!stock_known(fnv1a(t)) ||
			    local_dnsbl(g, rs, &rs->rules[j]))
				carry_stock_rule(g, rs, &rs->rules[j]);
			free(t);
		}
	}
}

/*
 * A Local_ hook a FEATURE fills itself (FEATURE(msp) writes the rules
 * of Local_localaddr): when the .cf has that FEATURE's trace and every
 * rule of the hook is one the cf kit writes there, the hook is the
 * FEATURE's and is not carried.
 */
static const struct {
	const char *ruleset, *feature;
} feature_hooks[] = {
	{ "Local_localaddr", "msp" },
	{ "Local_check_rcpt", "hack:spamtrap" },
	{ "Local_trust_auth", "hack:debian_auth" },
};

static int
feature_hook(const struct mig *g, const struct model_ruleset *rs)
{
	char *line;
	size_t j, k;
	int yes = 0;

	for (k = 0; k < sizeof(feature_hooks) / sizeof(feature_hooks[0]); k++)
		if (strcmp(feature_hooks[k].ruleset, rs->name) == 0) {
			line = strncmp(feature_hooks[k].feature, "hack:", 5)
			    == 0 ? xasprintf("HACK(`%s'",
			    feature_hooks[k].feature + 5) :
			    xasprintf("FEATURE(`%s'", feature_hooks[k].feature);
			yes = strstr(strbuf_str(&g->feat), line) != NULL;
			free(line);
			break;
		}
	for (j = 0; yes && j < rs->nrules; j++) {
		char *t = stock_text(g, rs, &rs->rules[j]);

		yes = stock_known(fnv1a(t));
		free(t);
	}
	return yes;
}

/*
 * The hooks a .mc fills with a section macro of their own: the kit then
 * makes the stock ruleset call the hook (LOCAL_RULESETS would not).
 */
static const struct {
	const char *hook, *caller, *macro;
} hook_sections[] = {
	{ "Local_srv_features", "srv_features", "LOCAL_SRV_FEATURES" },
	{ "Local_clt_features", "clt_features", "LOCAL_CLT_FEATURES" },
	{ "Local_try_tls", "try_tls", "LOCAL_TRY_TLS" },
	{ "Local_tls_rcpt", "tls_rcpt", "LOCAL_TLS_RCPT" },
	{ "Local_tls_client", "tls_client", "LOCAL_TLS_CLIENT" },
	{ "Local_tls_server", "tls_server", "LOCAL_TLS_SERVER" },
};

static const char *
hook_section(const struct mig *g, const char *name)
{
	size_t k;
	char *call;
	int yes;

	for (k = 0; k < sizeof(hook_sections) / sizeof(hook_sections[0]); k++)
		if (strcmp(hook_sections[k].hook, name) == 0) {
			call = xasprintf("$>\"%s\"", name);
			yes = rule_has(g, hook_sections[k].caller, call);
			free(call);
			return yes ? hook_sections[k].macro : NULL;
		}
	return NULL;
}

static void
rulesets(struct mig *g)
{
	size_t i, j, len;
	const char *t, *sect;

	for (i = 0; i < g->old->nrulesets; i++) {
		const struct model_ruleset *rs = &g->old->rulesets[i];
		int local = strncmp(rs->name, "Local_", 6) == 0;

		if (rs->nrules == 0 || (is_stock(rs->name) && !local))
			continue;
		if (is_stock(rs->name) && local && rs->nrules == 0)
			continue;
		if (local && feature_hook(g, rs))
			continue;
		if (local && (sect = hook_section(g, rs->name)) != NULL) {
			strbuf_addf(&g->sections, "%s\n", sect);
			for (j = 0; j < rs->nrules; j++)
				if ((t = cf_line(g, rs->rules[j].loc.line,
				    &len)) != NULL)
					strbuf_addf(&g->sections, "%.*s\n",
					    (int)len, t);
			continue;
		}
		if (rs->number >= 0 && strspn(rs->name, "0123456789") !=
		    strlen(rs->name))
			/* S name=NN: the number is the .mc's own */
			strbuf_addf(&g->rules, "S%s=%d\n", rs->name,
			    rs->number);
		else
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
	for (i = 0; i < 4; i++)
		strbuf_free(&g->lrules[i]);
	strbuf_free(&g->xrules);
	strbuf_free(&g->xrules_div);
	strbuf_free(&g->sections);
	for (i = 0; i < g->noptvar; i++)
		free(g->optvar[i]);
	free(g->optvar);
	for (i = 0; i < g->nbl; i++) {
		free(g->bl[i].server);
		free(g->bl[i].map);
		free(g->bl[i].msg);
		strbuf_free(&g->bl[i].values);
	}
	free(g->bl);
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
		{ "stock-digests", no_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct mig g;
	const char *out = NULL, *rep = NULL, *tpl = NULL;
	char **feats = NULL;
	size_t nfeats = 0, len, i;
	struct model *base = NULL;
	struct strbuf mc = STRBUF_INIT, draft = STRBUF_INIT;
	int ch, rc = EX_USAGE, digests = 0;

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
		case 'd':
			digests = 1;
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
	dnsbl_blocks(&g);
	if (strcmp(g.cfpath, "-") == 0)
		g.cfpath = "(stdin)";
	g.old = model_new();
	if (cf_parse_buffer(g.old, g.cfpath, g.text, len) != 0)
		fprintf(stderr, "mailcf migrate: %s: lines with errors are "
		    "left out (see above)\n", g.cfpath);
	if (digests) {		/* for tests/migrate/gen-stock-digests.sh */
		print_digests(&g);
		rc = EX_OK;
		goto done;
	}
	load_optvars(&g);
	g.lcfrom = line_of(&g, "# my name for error messages\n");
	g.lcto = line_of(&g, "# Configuration version number\n");
	g.rdnsline = line_of(&g,
	    "R$*\t\t\t$: $&{client_addr} $| $&{client_resolve}");
	traces(&g, &feats, &nfeats);
	untraced_features(&g, &feats, &nfeats);
	if (g.head.len == 0) {
		/* what a .mc without OSTYPE must do to keep the kit quiet */
		strbuf_adds(&g.pre, "define(`__OSTYPE__', `')dnl\n");
		report(&g, 0, "no OSTYPE trace found; the .mc has none");
	}
	settings(&g);
	features(&g, feats, nfeats);
	implied_mailers(&g);
	untraced_mailers(&g);
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
	headers(&g, base);
	misc_decls(&g, base);
	maps(&g, base);
	rulesets(&g);
	stock_rules(&g);
	quoted_last(&g.defs);
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
	for (i = 0; i < 4; i++)
		if (g.lrules[i].len > 0)
			strbuf_addf(&mc, "LOCAL_RULE_%zu\n%s", i,
			    strbuf_str(&g.lrules[i]));
	strbuf_adds(&mc, strbuf_str(&g.xrules_div));
	strbuf_adds(&mc, strbuf_str(&g.sections));
	if (g.rules.len > 0 || g.xrules.len > 0) {
		strbuf_adds(&mc, "LOCAL_RULESETS\n");
		strbuf_adds(&mc, strbuf_str(&g.rules));
		strbuf_adds(&mc, strbuf_str(&g.xrules));
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
