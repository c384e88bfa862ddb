/*
 * lintrelay.c -- rule R001: can an unauthenticated client outside the
 * trusted networks relay through this configuration?
 *
 * The compiled configuration is handed to the policy engine (the one
 * `mailcf test check` and the server use).  The engine's relay decision
 * for an unauthenticated client depends only on which access keys,
 * relay classes and local names the client address, the sender and the
 * recipient match; so one representative of each class decides for all
 * its members:
 *   clients    a public address outside every key, plus one public
 *              address inside each Connect:/untagged/class R network
 *              that is not private;
 *   senders    the null sender, an outside sender, postmaster at every
 *              local name (forgeable), and each From:/untagged address
 *              or domain key of the access map;
 *   recipient  one address in a domain that no local, virtual, relay,
 *              mailertable or To: entry names.
 * Every combination is run through policy_check(); the first one the
 * engine accepts is printed as the witness, with the names that must
 * resolve for it (sender-domain checks).
 *
 * The model reaches the engine through runtime/modelload.c, the loader
 * `mailcf test -C FILE.mc' and the server use.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "strbuf.h"
#include "xalloc.h"
#include "compiler/lintint.h"
#include "compiler/model.h"
#include "maps/mapsrc.h"
#include "maps/maputil.h"
#include "runtime/cfload.h"
#include "runtime/modelload.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"

#define OUTSIDE_SENDER	"sender.example"
#define TARGETS		{ "relay-target.example", "victim.example.net", \
			  "r001.invalid" }

struct cand {
	char	*v;
	char	*why;	/* "file:line" that makes it special, or NULL */
};

struct cands {
	struct cand	*v;
	size_t		 n;
};

static void
cand_add(struct cands *c, char *v, char *why)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcasecmp(c->v[i].v, v) == 0) {
			free(v);
			free(why);
			return;
		}
	c->v = xreallocarray(c->v, c->n + 1, sizeof(*c->v));
	c->v[c->n].v = v;
	c->v[c->n++].why = why;
}

static void
cands_free(struct cands *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].v);
		free(c->v[i].why);
	}
	free(c->v);
}

/* A public address inside an octet prefix, or NULL when it is private. */
static char *
public_in(const char *p)
{
	int oct[4] = { 0, 0, 0, 0 }, n = 0, k;
	const char *s = p;
	char *end;

	while (n < 4 && isdigit((unsigned char)*s)) {
		long v = strtol(s, &end, 10);

		if (v > 255)
			return NULL;
		oct[n++] = (int)v;
		s = end;
		if (*s == '.')
			s++;
		else
			break;
	}
	if (n == 0 || *s != '\0')
		return NULL;
	for (k = n; k < 4; k++)
		oct[k] = 7;
	if (oct[0] == 10 || oct[0] == 127 || (oct[0] == 172 &&
	    oct[1] >= 16 && oct[1] < 32) || (oct[0] == 192 && oct[1] == 168) ||
	    (oct[0] == 169 && oct[1] == 254) || (oct[0] == 100 &&
	    oct[1] >= 64 && oct[1] < 128) || oct[0] == 0 || oct[0] >= 224)
		return NULL;
	return xasprintf("%d.%d.%d.%d", oct[0], oct[1], oct[2], oct[3]);
}

struct acc {
	struct lint	*l;
	const char	*path;
	struct cands	*clients, *senders;
	struct strbuf	*names;		/* domains that must resolve */
	char		**to;		/* To: and untagged domain keys */
	size_t		 nto;
};

static int
is_grant(const char *v)
{
	return (strncasecmp(v, "RELAY", 5) == 0 || strncasecmp(v, "OK", 2) == 0);
}

static int
acc_entry(void *arg, const struct mapsrc_entry *e)
{
	struct acc *a = arg;
	const char *k = e->key, *rest = k;
	char *ip;
	int tagged = 0;

	if (strncasecmp(k, "connect:", 8) == 0)
		rest = k + 8, tagged = 'c';
	else if (strncasecmp(k, "from:", 5) == 0)
		rest = k + 5, tagged = 'f';
	else if (strncasecmp(k, "to:", 3) == 0)
		rest = k + 3, tagged = 't';
	else if (strchr(k, ':') != NULL)
		return 0;
	if (tagged == 't' || tagged == 0) {
		a->to = xreallocarray(a->to, a->nto + 1, sizeof(char *));
		a->to[a->nto++] = xstrdup(rest);
	}
	if (!is_grant(e->val))
		return 0;
	if ((tagged == 'c' || tagged == 0) && (ip = public_in(rest)) != NULL)
		cand_add(a->clients, ip, xasprintf("%s:%u", a->path, e->line));
	if (tagged == 'f' || tagged == 0) {
		const char *at = strchr(rest, '@');
		char *s;

		if (at == NULL && isdigit((unsigned char)*rest))
			return 0;
		if (at == NULL)
			s = xasprintf("probe@%s", rest);
		else if (at[1] == '\0')
			s = xasprintf("%s" OUTSIDE_SENDER, rest);
		else
			s = xstrdup(rest);
		strbuf_addf(a->names, "198.51.100.99 %s\n",
		    strrchr(s, '@') + 1);
		cand_add(a->senders, s, xasprintf("%s:%u", a->path, e->line));
	}
	return 0;
}

static int
acc_error(void *arg, unsigned line, enum mapsrc_error err, const char *key)
{
	(void)arg, (void)line, (void)err, (void)key;
	return 0;
}

/* Does dom fall under a name of the list (itself or a subdomain)? */
static int
covered(const char *dom, char **v, size_t n)
{
	size_t i, dl = strlen(dom), kl;

	for (i = 0; i < n; i++) {
		kl = strlen(v[i]);
		if (strcasecmp(v[i], dom) == 0 || (kl < dl &&
		    strcasecmp(dom + dl - kl, v[i]) == 0 &&
		    (dom[dl - kl - 1] == '.' || v[i][0] == '.')))
			return 1;
	}
	return 0;
}

static void
access_cands(struct lint *l, struct acc *a)
{
	size_t i;

	for (i = 0; i < l->m->nmaps; i++) {
		const struct model_map *mp = &l->m->maps[i];
		struct mapsrc_opts o = { 0, '#', 1, 0, 0 };
		struct mapsrc_handler h = { acc_entry, acc_error, a };
		char *path, *buf;
		size_t len;

		if (strcmp(mp->name, "access") != 0 || mp->file == NULL)
			continue;
		path = lint_mappath(l, mp->file);
		a->path = path;
		if (maputil_readfile(path, &buf, &len) == 0) {
			mapsrc_parse(buf, len, &o, &h);
			free(buf);
		}
		free(path);
		a->path = NULL;
	}
}

static char *
write_hosts(const char *text)
{
	const char *td = getenv("TMPDIR");
	char *path = xasprintf("%s/mailcf-lint-hosts.XXXXXX",
	    td && *td ? td : "/tmp");
	int fd = mkstemp(path);
	size_t n = strlen(text);

	if (fd == -1 || write(fd, text, n) != (ssize_t)n) {
		if (fd != -1) {
			close(fd);
			unlink(path);
		}
		free(path);
		return NULL;
	}
	close(fd);
	return path;
}

static void
report(struct lint *l, const struct cand *cl, const struct cand *se,
    const char *rcpt, const char *names)
{
	const struct cand *why = se->why ? se : cl->why ? cl : NULL;
	const struct model_directive *d;
	char file[1024] = "";
	int line = 0;
	const char *feat[] = { "promiscuous_relay", "relay_local_from",
	    "relay_mail_from", "loose_relay_check", NULL }, **f;

	const char *sd = strcmp(se->v, "<>") == 0 ? "" : se->v;

	if (why != NULL) {
		const char *c = strrchr(why->why, ':');

		snprintf(file, sizeof(file), "%.*s", (int)(c - why->why),
		    why->why);
		line = atoi(c + 1);
		lint_add(l, "R001", file, line, 1, 1, "open relay: client %s "
		    "(no PTR, no AUTH) may send from <%s> to <%s>; check: "
		    "%s - %s %s%s", cl->v, sd, rcpt, cl->v, se->v, rcpt, names);
		return;
	}
	for (f = feat; *f; f++)
		if ((d = lint_feature(l, *f)) != NULL)
			break;
	if (*f != NULL) {
		lint_at_directive(l, "R001", d, *f, "open relay: client %s "
		    "(no PTR, no AUTH) may send from <%s> to <%s>; check: "
		    "%s - %s %s", cl->v, sd, rcpt, cl->v, se->v, rcpt);
		return;
	}
	lint_add(l, "R001", l->mcpath, 0, 0, 0, "open relay: client %s (no "
	    "PTR, no AUTH) may send from <%s> to <%s>; check: %s - %s %s",
	    cl->v, sd, rcpt, cl->v, se->v, rcpt);
}

void
lint_check_relay(struct lint *l)
{
	struct cands clients = { NULL, 0 }, senders = { NULL, 0 };
	struct strbuf names = STRBUF_INIT, hostsbuf = STRBUF_INIT;
	struct acc a;
	struct policy_config cf;
	struct cfload_opts o;
	const char *targets[] = TARGETS, *rcptdom = NULL;
	char *hosts = NULL, err[512], *v, *rcpt = NULL;
	size_t i, j;
	int found = 0;

	if (l->m == NULL || l->ir == NULL)
		return;
	memset(&a, 0, sizeof(a));
	a.l = l;
	a.clients = &clients;
	a.senders = &senders;
	a.names = &names;
	access_cands(l, &a);
	cand_add(&clients, xstrdup("198.51.100.23"), NULL);
	cand_add(&senders, xstrdup("<>"), NULL);
	cand_add(&senders, xstrdup("probe@" OUTSIDE_SENDER), NULL);
	for (i = 0; i < l->m->nclasses; i++) {
		const struct model_classdecl *c = &l->m->classes[i];

		if (c->kind == CLASS_WORDS && strcmp(c->name, "R") == 0)
			for (j = 0; j < c->nwords; j++)
				if ((v = public_in(c->words[j])) != NULL)
					cand_add(&clients, v, NULL);
	}
	/* a recipient domain nobody accepts or relays */
	for (i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
		char *one[1];

		one[0] = (char *)targets[i];
		if (!covered(targets[i], a.to, a.nto) &&
		    !covered(targets[i], l->localnames, l->nlocal) &&
		    !model_class_has(l->m, "R", targets[i]) &&
		    !model_class_has(l->m, "w", targets[i]) &&
		    !model_class_has(l->m, "VirtHost", targets[i]) &&
		    !covered(OUTSIDE_SENDER, one, 1)) {
			rcptdom = targets[i];
			break;
		}
	}
	if (rcptdom == NULL)
		goto out;
	rcpt = xasprintf("victim@%s", rcptdom);
	strbuf_addf(&hostsbuf, "198.51.100.98 %s\n198.51.100.99 %s\n%s",
	    rcptdom, OUTSIDE_SENDER, strbuf_str(&names));
	if ((hosts = write_hosts(strbuf_str(&hostsbuf))) == NULL)
		goto out;
	o.hostname = l->hostname;
	o.hosts = hosts;
	o.mapdir = l->mapdir;
	policy_config_init(&cf);
	if (modelload_model(&cf, l->m, l->mcpath, &o, err,
	    sizeof(err)) != 0) {
		policy_config_free(&cf);
		goto out;
	}
	/* forgeable local senders */
	for (i = 0; i < cf.cw.n; i++)
		if (cf.cw.v[i][0] != '[')
			cand_add(&senders, xasprintf("postmaster@%s",
			    cf.cw.v[i]), NULL);
	for (i = 0; i < clients.n && !found; i++)
		for (j = 0; j < senders.n && !found; j++) {
			struct policy_client c = { clients.v[i].v, NULL,
			    "FAIL", "", "" };
			char *name = xasprintf("[%s]", clients.v[i].v);

			c.name = name;
			v = policy_check(&cf, &c, senders.v[j].v, rcpt, NULL);
			if (strcmp(v, "accept") == 0) {
				report(l, &clients.v[i], &senders.v[j], rcpt,
				    "");
				found = 1;
			}
			free(v);
			free(name);
		}
	policy_config_free(&cf);
out:
	if (hosts != NULL) {
		unlink(hosts);
		free(hosts);
	}
	for (i = 0; i < a.nto; i++)
		free(a.to[i]);
	free(a.to);
	free(rcpt);
	strbuf_free(&names);
	strbuf_free(&hostsbuf);
	cands_free(&clients);
	cands_free(&senders);
}
