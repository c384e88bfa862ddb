/*
 * lintmodel.c -- lint rules over the config model (features, options,
 * macros, the cf kit's @error/@warning lines) and over the order of the
 * .mc's top-level calls.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
#include "xalloc.h"
#include "compiler/lintint.h"
#include "compiler/model.h"

const struct model_directive *
lint_feature(const struct lint *l, const char *name)
{
	size_t i;

	if (l->m == NULL)
		return NULL;
	for (i = 0; i < l->m->ndirectives; i++) {
		const struct model_directive *d = &l->m->directives[i];

		if (strcmp(d->keyword, "feature") == 0 && d->nargs > 0 &&
		    strcmp(d->args[0], name) == 0)
			return d;
	}
	return NULL;
}

static void
vat(struct lint *l, const char *id, const struct diag_loc *loc,
    const char *needle, const char *fmt, va_list ap)
{
	char buf[1024];
	int col = 0, len = 0;

	vsnprintf(buf, sizeof(buf), fmt, ap);
	if (loc->file != NULL && loc->line > 0 &&
	    strcmp(loc->file, l->mcpath) == 0)
		col = lint_mc_col(l, loc->line, needle, &len);
	lint_add(l, id, loc->file ? loc->file : l->mcpath,
	    loc->file ? loc->line : 0, col, len, "%s", buf);
}

static void
vat_loc(struct lint *l, const char *id, const struct diag_loc *loc,
    const char *needle, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
vat_loc(struct lint *l, const char *id, const struct diag_loc *loc,
    const char *needle, const char *fmt, ...)
{
	va_list ap;
	struct diag_loc lc = *loc;

	if (lc.file == NULL)
		lc.line = 0;
	va_start(ap, fmt);
	vat(l, id, &lc, needle, fmt, ap);
	va_end(ap);
}

void
lint_at_directive(struct lint *l, const char *id,
    const struct model_directive *d, const char *needle, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vat(l, id, &d->mcloc, needle, fmt, ap);
	va_end(ap);
}

static void
at_call(struct lint *l, const char *id, const struct lint_call *c,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
at_call(struct lint *l, const char *id, const struct lint_call *c,
    const char *fmt, ...)
{
	va_list ap;
	char buf[1024];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	lint_add(l, id, l->mcpath, c->line, c->col, (int)strlen(c->name),
	    "%s", buf);
}

/* The .mc location of an option setting (file NULL: a template's). */
static struct diag_loc
opt_mcloc(const struct lint *l, const struct model_option *o)
{
	struct diag_loc loc = model_mc_loc(l->m, &o->loc);

	if (loc.file == NULL || strcmp(loc.file, l->mcpath) != 0)
		loc.file = NULL;
	return loc;
}

/* --- the cf kit's own messages ---------------------------------------- */

static void
kit_messages(struct lint *l)
{
	size_t i;

	for (i = 0; i < l->kit.n; i++) {
		const struct lint_kitmsg *k = &l->kit.v[i];
		const char *t = k->text, *q;
		char name[128] = "";
		struct diag_loc loc = { k->file, k->line, 0, 0 };

		if ((q = strchr(t, '`')) != NULL)
			snprintf(name, sizeof(name), "%.*s",
			    (int)strcspn(q + 1, "'"), q + 1);
		if (k->error) {
			if (strstr(t, " is unknown") != NULL)
				vat_loc(l, "M004", &loc, name[0] ? name : NULL,
				    "%s", t);
			else if (strstr(t, "must appear before") != NULL)
				/* the cf kit says "***" without ERROR */
				vat_loc(l, "O002", &loc, NULL, "%s", t);
			else if (strstr(t, "is not a sendmail option") != NULL)
				vat_loc(l, "M008", &loc, name[0] ? name : NULL,
				    "%s", t);
			else
				vat_loc(l, "C001", &loc, NULL, "%s", t);
		} else {
			if (strstr(t, "promiscuous_relay") != NULL ||
			    strstr(t, "open relay") != NULL)
				continue;	/* R002 / R003 say it */
			if (strstr(t, "deprecated") != NULL)
				vat_loc(l, "O008", &loc, NULL, "%s", t);
			else
				vat_loc(l, "C002", &loc, NULL, "%s", t);
		}
	}
}

/* --- features -------------------------------------------------------- */

static const char *const forgeable[] = {
	"relay_local_from", "relay_mail_from", "relay_based_on_MX",
	"loose_relay_check", NULL
};

static const char *const not_for_nullclient[] = {
	"access_db", "virtusertable", "mailertable", "genericstable",
	"use_cw_file", "relay_entire_domain", "local_procmail", NULL
};

static void
features(struct lint *l)
{
	const struct model_directive *d;
	const char *const *f;
	size_t i;

	if ((d = lint_feature(l, "promiscuous_relay")) != NULL)
		lint_at_directive(l, "R002", d, "promiscuous_relay",
		    "FEATURE(promiscuous_relay) lets any client relay to any "
		    "domain");
	for (f = forgeable; *f; f++)
		if ((d = lint_feature(l, *f)) != NULL)
			lint_at_directive(l, "R003", d, *f,
			    "FEATURE(%s) grants relaying on information the "
			    "client controls", *f);
	if ((d = lint_feature(l, "accept_unresolvable_domains")) != NULL)
		lint_at_directive(l, "N006", d, "accept_unresolvable_domains",
		    "mail from domains that do not exist is accepted");
	if (lint_feature(l, "nullclient") != NULL) {
		for (f = not_for_nullclient; *f; f++)
			if ((d = lint_feature(l, *f)) != NULL &&
			    d->mcloc.file != NULL &&
			    strcmp(d->mcloc.file, l->mcpath) == 0)
				lint_at_directive(l, "O005", d, *f,
				    "FEATURE(%s) has no effect in a null "
				    "client", *f);
		for (i = 0; i < l->ncalls; i++)
			if (strcmp(l->calls[i].name, "MAILER") == 0)
				at_call(l, "O005", &l->calls[i],
				    "MAILER(%s) in a null client",
				    l->calls[i].nargs ? l->calls[i].args[0] :
				    "");
	}
	if ((d = lint_feature(l, "allmasquerade")) != NULL &&
	    model_macro(l->m, "M") == NULL)
		lint_at_directive(l, "N007", d, "allmasquerade",
		    "FEATURE(allmasquerade) without MASQUERADE_AS does "
		    "nothing");
}

/* --- order of the .mc calls ------------------------------------------ */

static int
mailer_rank(const char *name)
{
	if (strcmp(name, "local") == 0)
		return 0;
	if (strcmp(name, "smtp") == 0)
		return 1;
	return 2;
}

/* FEATUREs that read a variable when expanded. */
static const struct {
	const char *var, *feature;
} reads[] = {
	{ "PROCMAIL_MAILER_PATH", "local_procmail" },
	{ "DATABASE_MAP_TYPE", "access_db" },
	{ "DATABASE_MAP_TYPE", "virtusertable" },
	{ "DATABASE_MAP_TYPE", "mailertable" },
	{ "DATABASE_MAP_TYPE", "genericstable" },
	{ "DATABASE_MAP_TYPE", "domaintable" },
	{ "DATABASE_MAP_TYPE", "authinfo" },
	{ "confCW_FILE", "use_cw_file" },
	{ "confCT_FILE", "use_ct_file" },
	{ "LOCAL_MAILER_PATH", "local_lmtp" },
};

static void
order(struct lint *l)
{
	const struct lint_call *c, *os = lint_call(l, "OSTYPE", NULL),
	    *mailer = lint_call(l, "MAILER", NULL), *prev = NULL, *filt;
	size_t i, k;

	if (os == NULL) {
		if (l->m == NULL || lint_call(l, "include", NULL) == NULL ||
		    lint_feature(l, "nullclient") == NULL)
			lint_add(l, "O001", l->mcpath, 0, 0, 0,
			    "no OSTYPE(): mailers get generic paths and flags");
	} else if (mailer != NULL && mailer->line < os->line)
		at_call(l, "O001", os, "OSTYPE comes after MAILER (line %d)",
		    mailer->line);
	for (i = 0; i < l->ncalls; i++) {
		c = &l->calls[i];
		if (strcmp(c->name, "MAILER") != 0 || c->nargs == 0)
			continue;
		if (prev != NULL &&
		    mailer_rank(c->args[0]) < mailer_rank(prev->args[0]))
			at_call(l, "O002", c, "MAILER(%s) should come before "
			    "MAILER(%s) (line %d)", c->args[0], prev->args[0],
			    prev->line);
		if (prev == NULL || mailer_rank(c->args[0]) >=
		    mailer_rank(prev->args[0]))
			prev = c;
	}
	for (k = 0; k < sizeof(reads) / sizeof(reads[0]); k++) {
		const struct lint_call *f = lint_call(l, "FEATURE",
		    reads[k].feature), *d = lint_call(l, "define",
		    reads[k].var);

		if (f != NULL && d != NULL && d->line > f->line)
			at_call(l, "O003", d, "%s is defined after "
			    "FEATURE(%s) (line %d), which has already read it",
			    reads[k].var, reads[k].feature, f->line);
	}
	filt = lint_call(l, "INPUT_MAIL_FILTER", NULL);
	if (filt != NULL && (c = lint_call(l, "define",
	    "confINPUT_MAIL_FILTERS")) != NULL && c->line > filt->line)
		at_call(l, "O004", c, "confINPUT_MAIL_FILTERS replaces the "
		    "filter list INPUT_MAIL_FILTER (line %d) built",
		    filt->line);
	if ((c = lint_call(l, "define", "confAUTO_REBUILD")) != NULL)
		at_call(l, "O008", c, "confAUTO_REBUILD is deprecated: run "
		    "newaliases when the aliases change");
	if ((c = lint_call(l, "HACK", "nodns")) != NULL)
		at_call(l, "O008", c, "HACK(nodns) does nothing since "
		    "sendmail 8.9; use a service switch without dns");
	for (i = 0; i < l->ncalls; i++) {
		c = &l->calls[i];
		if (strcmp(c->name, "LOCAL_RULESETS") == 0 ||
		    strncmp(c->name, "LOCAL_RULE_", 11) == 0)
			at_call(l, "X001", c, "%s holds hand-written rules "
			    "that lint does not check", c->name);
	}
}

/* --- options ---------------------------------------------------------- */

static int
port_of(const char *raw, char *port, size_t n, char *addr, size_t an,
    char *mods, size_t mn)
{
	const char *p;

	snprintf(port, n, "smtp");
	snprintf(addr, an, "0.0.0.0");
	mods[0] = '\0';
	for (p = raw; p && *p;) {
		size_t len = strcspn(p, ",");

		while (*p == ' ')
			p++, len--;
		if (strncasecmp(p, "Port=", 5) == 0 || strncasecmp(p, "P=", 2) == 0)
			snprintf(port, n, "%.*s", (int)(len - (p[1] == '=' ? 2 : 5)),
			    p + (p[1] == '=' ? 2 : 5));
		else if (strncasecmp(p, "Addr=", 5) == 0 || strncasecmp(p, "A=", 2) == 0)
			snprintf(addr, an, "%.*s", (int)(len - (p[1] == '=' ? 2 : 5)),
			    p + (p[1] == '=' ? 2 : 5));
		else if (strncasecmp(p, "M=", 2) == 0 ||
		    strncasecmp(p, "Modifier=", 9) == 0) {
			const char *v = strchr(p, '=') + 1;

			snprintf(mods, mn, "%.*s", (int)(len - (v - p)), v);
		}
		p += len;
		if (*p == ',')
			p++;
	}
	return 0;
}

static int
is_port(const char *p, const char *name, const char *num)
{
	return strcasecmp(p, name) == 0 || strcmp(p, num) == 0;
}

static void
listeners(struct lint *l, int auth)
{
	size_t i;
	int nd = 0, loop = 0, sub = 0;
	const struct model_option *first = NULL;
	char port[64], addr[128], mods[64];

	for (i = 0; i < l->m->noptions; i++) {
		const struct model_option *o = &l->m->options[i];
		struct diag_loc loc;

		if (strcmp(o->def->name, "DaemonPortOptions") != 0)
			continue;
		if (first == NULL)
			first = o;
		nd++;
		port_of(o->raw, port, sizeof(port), addr, sizeof(addr), mods,
		    sizeof(mods));
		if (strncmp(addr, "127.", 4) == 0 || strcmp(addr, "::1") == 0)
			loop++;
		if (is_port(port, "submission", "587") ||
		    is_port(port, "smtps", "465"))
			sub++;
		loc = opt_mcloc(l, o);
		if (is_port(port, "smtps", "465") && strchr(mods, 's') == NULL)
			vat_loc(l, "S004", &loc, "DAEMON_OPTIONS",
			    "port %s without M=s: clients expect TLS from the "
			    "first byte", port);
		else if (!is_port(port, "smtps", "465") &&
		    strchr(mods, 's') != NULL)
			vat_loc(l, "S004", &loc, "DAEMON_OPTIONS",
			    "port %s with M=s (implicit TLS): clients start "
			    "in clear there", port);
	}
	if (nd > 0 && loop == nd && lint_feature(l, "nullclient") == NULL &&
	    lint_feature(l, "msp") == NULL) {
		struct diag_loc loc = opt_mcloc(l, first);

		vat_loc(l, "N004", &loc, "DAEMON_OPTIONS",
		    "every listener is on a loopback address");
	}
	if (auth && sub == 0)
		lint_add(l, "N005", l->mcpath, 0, 0, 0,
		    "AUTH is configured but there is no submission listener "
		    "(587 or 465)");
}

static int
has_word(char *const *items, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcasecmp(items[i], w) == 0)
			return 1;
	return 0;
}

static void
file_checks(struct lint *l, const char *optname, int key)
{
	const struct model_option *o = model_option(l->m, optname, NULL);
	struct diag_loc loc;
	struct stat st;
	char *path;

	if (o == NULL || o->raw == NULL || o->raw[0] == '\0')
		return;
	loc = opt_mcloc(l, o);
	path = lint_mappath(l, o->raw);
	if (stat(path, &st) != 0)
		vat_loc(l, "S001", &loc, NULL, "%s %s is missing: STARTTLS "
		    "will not be offered", optname, path);
	else if (key && (st.st_mode & 077) != 0)
		vat_loc(l, "S008", &loc, NULL, "the private key %s has mode "
		    "%03o", path, (unsigned)(st.st_mode & 0777));
	free(path);
}

static void
options(struct lint *l)
{
	const struct model_option *o, *ret, *warn;
	struct diag_loc loc;
	size_t i;
	int auth = 0;

	for (i = 0; i < l->m->noptions; i++) {
		o = &l->m->options[i];
		loc = opt_mcloc(l, o);
		if (loc.file != NULL && o->sub == NULL && o->def->dflt != NULL &&
		    o->raw != NULL && strcmp(o->raw, o->def->dflt) == 0 &&
		    strcmp(o->def->name, "MinFreeBlocks") != 0)
			vat_loc(l, "O007", &loc, NULL, "%s=%s is the default",
			    o->def->name, o->raw);
	}
	if ((o = model_option(l->m, "AuthMechanisms", NULL)) != NULL &&
	    o->val.nitems > 0) {
		const struct model_option *ao = model_option(l->m,
		    "AuthOptions", NULL);
		int plain = has_word(o->val.items, o->val.nitems, "PLAIN") ||
		    has_word(o->val.items, o->val.nitems, "LOGIN");

		auth = opt_mcloc(l, o).file != NULL;
		loc = opt_mcloc(l, o);
		if (plain && (ao == NULL || ao->raw == NULL ||
		    strchr(ao->raw, 'p') == NULL))
			vat_loc(l, "R008", &loc, NULL, "PLAIN/LOGIN are offered "
			    "before STARTTLS: confAUTH_OPTIONS has no `p'");
	}
	listeners(l, auth);
	file_checks(l, "ServerCertFile", 0);
	file_checks(l, "ServerKeyFile", 1);
	file_checks(l, "ClientKeyFile", 1);
	if ((o = model_option(l->m, "MinFreeBlocks", NULL)) != NULL &&
	    o->val.num <= 100)
		vat_loc(l, "Q001", (loc = opt_mcloc(l, o), &loc), NULL,
		    "MinFreeBlocks=%s: mail is accepted until the queue "
		    "disk is full", o->raw);
	if ((o = model_option(l->m, "DeliveryMode", NULL)) != NULL &&
	    o->raw != NULL && (o->raw[0] == 'q' || o->raw[0] == 'd') &&
	    opt_mcloc(l, o).file != NULL && lint_feature(l, "msp") == NULL)
		vat_loc(l, "Q006", (loc = opt_mcloc(l, o), &loc), NULL,
		    "DeliveryMode=%s: mail is only sent by a queue run "
		    "(sendmail -q<interval>)", o->raw);
	if ((o = model_option(l->m, "DANE", NULL)) != NULL && o->raw != NULL &&
	    strncasecmp(o->raw, "t", 1) == 0 && lint_feature(l, "sts") != NULL)
		vat_loc(l, "S006", (loc = opt_mcloc(l, o), &loc), NULL,
		    "DANE is on together with FEATURE(sts): the MTA-STS "
		    "policy may decide before DANE");
	ret = model_option(l->m, "Timeout", "queuereturn");
	warn = model_option(l->m, "Timeout", "queuewarn");
	if (ret != NULL && opt_mcloc(l, ret).file != NULL &&
	    (ret->val.num < 86400 || ret->val.num > 7 * 86400))
		vat_loc(l, "Q003", (loc = opt_mcloc(l, ret), &loc), NULL,
		    "queue return timeout %s is outside 1 to 7 days",
		    ret->raw);
	if (ret != NULL && warn != NULL && warn->val.num >= ret->val.num &&
	    (opt_mcloc(l, warn).file != NULL || opt_mcloc(l, ret).file))
		vat_loc(l, "Q003", (loc = opt_mcloc(l, warn), &loc), NULL,
		    "the delay warning (%s) comes after the return (%s)",
		    warn->raw, ret->raw);
}

static void
macros(struct lint *l)
{
	const char *v;
	size_t i;

	for (i = 0; i < l->m->nmacros; i++) {
		const struct model_macro *mm = &l->m->macros[i];
		struct diag_loc loc = model_mc_loc(l->m, &mm->loc);

		if (loc.file == NULL || strcmp(loc.file, l->mcpath) != 0)
			loc.file = NULL;
		v = mm->value;
		if (strcmp(mm->name, "j") == 0 && v && *v && v[0] != '$' &&
		    strchr(v, '.') == NULL)
			vat_loc(l, "N001", &loc, NULL, "host name \"%s\" is "
			    "not fully qualified", v);
		if (strcmp(mm->name, "M") == 0 && v && *v && v[0] != '$' &&
		    strchr(v, '.') == NULL)
			vat_loc(l, "N007", &loc, NULL, "masquerade name \"%s\" "
			    "is not a fully qualified domain", v);
	}
}

/* S007: the relay mailer's settings, but nothing sends through it */
static void
relay_mailer(struct lint *l)
{
	static const char *const vars[] = { "RELAY_MAILER_ARGS",
	    "RELAY_MAILER_FLAGS", "RELAY_MAILER_LL", "RELAY_MAILER_MAXMSGS",
	    "RELAY_MAILER_CHARSET", "RELAY_MAILER_QGRP", NULL };
	const char *const *v;
	const char *m;
	const struct lint_call *c;

	if ((m = model_macro(l->m, "S")) != NULL && *m != '\0')
		return;
	if (((m = model_macro(l->m, "H")) != NULL && *m != '\0') ||
	    ((m = model_macro(l->m, "R")) != NULL && *m != '\0') ||
	    lint_feature(l, "mailertable") != NULL ||
	    lint_feature(l, "nullclient") != NULL ||
	    lint_feature(l, "msp") != NULL)
		return;
	for (v = vars; *v; v++)
		if ((c = lint_call(l, "define", *v)) != NULL) {
			lint_add(l, "S007", l->mcpath, c->line, c->col, 0,
			    "%s is set but there is no SMART_HOST, MAIL_HUB, "
			    "LOCAL_RELAY or mailertable: the relay mailer is "
			    "never used", *v);
			return;
		}
}

void
lint_check_model(struct lint *l)
{
	order(l);
	if (l->m == NULL)
		return;
	kit_messages(l);
	features(l);
	options(l);
	macros(l);
	relay_mailer(l);
}
