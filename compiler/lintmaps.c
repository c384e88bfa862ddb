/*
 * lintmaps.c -- lint rules over the map sources a configuration uses
 * (access, virtusertable, mailertable, authinfo, class files, aliases)
 * and over their compiled .lmdb files (T001: older than the source, or
 * built from other contents than the source has now).
 *
 * Sources are read with the parsers of maps/ (mapsrc.c, aliases.c), so a
 * line lint accepts is a line makemap and newaliases accept.  Paths in the
 * configuration under /etc/mail/ are looked up in the lint map folder.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "compiler/lintint.h"
#include "compiler/model.h"
#include "maps/aliases.h"
#include "maps/lmdbmap.h"
#include "maps/mapsrc.h"
#include "maps/maputil.h"

struct ent {
	char		*key, *val;
	unsigned	 line;
};

struct src {
	const char	*path;		/* as printed */
	char		*buf;
	size_t		 len;
	struct ent	*e;
	size_t		 n;
	struct lint	*l;
	int		 bad;
};

char *
lint_mappath(const struct lint *l, const char *cfpath)
{
	if (strncmp(cfpath, "/etc/mail/", 10) == 0 && l->mapdir != NULL &&
	    strcmp(l->mapdir, ".") == 0)
		return xstrdup(cfpath + 10);
	if (strncmp(cfpath, "/etc/mail/", 10) == 0 && l->mapdir != NULL)
		return xasprintf("%s/%s", l->mapdir, cfpath + 10);
	return xstrdup(cfpath);
}

static int
src_entry(void *arg, const struct mapsrc_entry *me)
{
	struct src *s = arg;
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->e[i].key, me->key) == 0) {
			lint_add(s->l, "T003", s->path, (int)me->line, 1,
			    (int)strlen(me->key), "duplicate key \"%s\" (first "
			    "at line %u); makemap keeps the first", me->key,
			    s->e[i].line);
			return 0;
		}
	s->e = xreallocarray(s->e, s->n + 1, sizeof(*s->e));
	s->e[s->n].key = xstrdup(me->key);
	s->e[s->n].val = xstrdup(me->val);
	s->e[s->n].line = me->line;
	s->n++;
	return 0;
}

static int
src_error(void *arg, unsigned line, enum mapsrc_error err, const char *key)
{
	struct src *s = arg;

	(void)key;
	s->bad = 1;
	lint_add(s->l, "T013", s->path, (int)line, 1, 1, "%s",
	    mapsrc_strerror(err));
	return 0;
}

static void
src_free(struct src *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->e[i].key);
		free(s->e[i].val);
	}
	free(s->e);
	free(s->buf);
}

/* Read and parse a "key value" source; 0, or -1 when it is missing. */
static int
src_read(struct lint *l, struct src *s, const char *path, int fold)
{
	struct mapsrc_opts o = { 0, '#', fold, 0, 0 };
	struct mapsrc_handler h = { src_entry, src_error, s };

	memset(s, 0, sizeof(*s));
	s->path = path;
	s->l = l;
	if (maputil_readfile(path, &s->buf, &s->len) != 0)
		return -1;
	mapsrc_parse(s->buf, s->len, &o, &h);
	return 0;
}

/* T001 / T012 for the compiled map of a source. */
static void
staleness(struct lint *l, const char *srcpath, const char *cmd,
    const char *optional)
{
	char *out = xasprintf("%s.lmdb", srcpath), err[256], dig[65];
	struct stat ss, os;
	struct lmdbmap *mp;
	char *buf;
	size_t len;

	if (stat(srcpath, &ss) != 0) {
		free(out);
		return;
	}
	if (stat(out, &os) != 0) {
		if (optional == NULL)
			lint_add(l, "T012", srcpath, 0, 0, 0, "%s has never "
			    "been built; run: %s", out, cmd);
		free(out);
		return;
	}
	if (os.st_mtime < ss.st_mtime ||
	    (os.st_mtime == ss.st_mtime &&
	    os.st_mtim.tv_nsec < ss.st_mtim.tv_nsec)) {
		lint_add(l, "T001", srcpath, 0, 0, 0, "%s is older than its "
		    "source %s; rebuild it: %s", out, srcpath, cmd);
		free(out);
		return;
	}
	if (lmdbmap_open(&mp, out, err, sizeof(err)) == 0) {
		const struct lmdbmap_info *in = lmdbmap_info(mp);

		if (in->digest[0] != '\0' &&
		    maputil_readfile(srcpath, &buf, &len) == 0) {
			lmdbmap_digest(buf, len, dig);
			if (strcmp(dig, in->digest) != 0)
				lint_add(l, "T001", srcpath, 0, 0, 0, "%s was "
				    "built from other contents than %s has "
				    "now; rebuild it: %s", out, srcpath, cmd);
			free(buf);
		}
		lmdbmap_close(mp);
	}
	free(out);
}

/* --- IPv4 prefixes ------------------------------------------------------ */

/* "10.1" -> net/bits; -1 when not a dotted prefix */
static int
prefix(const char *s, uint32_t *net, int *bits, int *bad)
{
	int n = 0;
	unsigned long v;
	char *end;

	*net = 0;
	*bad = 0;
	if (!isdigit((unsigned char)*s))
		return -1;
	for (;;) {
		if (!isdigit((unsigned char)*s))
			return -1;
		v = strtoul(s, &end, 10);
		if (v > 255)
			*bad = 1;
		*net |= (uint32_t)(v & 255) << (24 - 8 * n);
		n++;
		s = end;
		if (*s == '\0')
			break;
		if (*s != '.' || n == 4)
			return -1;
		s++;
		if (*s == '\0')		/* "10.1." */
			break;
	}
	*bits = 8 * n;
	return 0;
}

static const struct {
	uint32_t net;
	int bits;
} private_nets[] = {
	{ 0x0a000000, 8 }, { 0xac100000, 12 }, { 0xc0a80000, 16 },
	{ 0x7f000000, 8 }, { 0xa9fe0000, 16 }, { 0x64400000, 10 },
};

static int
within(uint32_t net, int bits, uint32_t rnet, int rbits)
{
	uint32_t mask = rbits ? ~0u << (32 - rbits) : 0;

	return bits >= rbits && (net & mask) == rnet;
}

/* R004 / R012 / R005 for a network trusted for relaying */
static void
trusted_net(struct lint *l, const char *file, int line, const char *what,
    const char *p)
{
	uint32_t net;
	int bits, bad;
	size_t i;

	if (prefix(p, &net, &bits, &bad) != 0 || bad)
		return;
	for (i = 0; i < sizeof(private_nets) / sizeof(private_nets[0]); i++)
		if (within(net, bits, private_nets[i].net,
		    private_nets[i].bits))
			break;
	if (i == sizeof(private_nets) / sizeof(private_nets[0])) {
		lint_add(l, "R004", file, line, 1, (int)strlen(what),
		    "%s trusts %s/%d for relaying, which is public address "
		    "space", what, p, bits);
		return;
	}
	if (bits < 16)
		lint_add(l, "R012", file, line, 1, (int)strlen(what),
		    "%s trusts all of %s/%d for relaying", what, p, bits);
	else if (within(net, bits, 0xac110000, 16) ||
	    within(net, bits, 0x0a000300, 24))
		lint_add(l, "R005", file, line, 1, (int)strlen(what),
		    "%s trusts a container bridge network; connections "
		    "forwarded by the bridge come from there", what);
}

/* --- access ------------------------------------------------------------ */

static const char *const tags[] = {
	"Connect", "From", "To", "Spam", "GreetPause", "ClientRate",
	"ClientConn", "TLS_Srv", "TLS_Clt", "TLS_Rcpt", "Try_TLS",
	"Srv_Features", "Clt_Features", "CERTISSUER", "CERTSUBJECT",
	"AuthInfo", "QGRP", "IPv6", "TLS_Srv_Features", "TLS_Clt_Features",
	"Mail", "Rcpt", NULL
};

/* Split "Tag:rest": returns the tag ("" untagged), rest in *rest. */
static const char *
split_tag(const char *key, const char **rest, int *unknown)
{
	const char *const *t;
	const char *c = strchr(key, ':');

	*unknown = 0;
	*rest = key;
	if (c == NULL)
		return "";
	for (t = tags; *t; t++)
		if (strlen(*t) == (size_t)(c - key) &&
		    strncasecmp(*t, key, c - key) == 0) {
			*rest = c + 1;
			return strcasecmp(*t, "IPv6") == 0 ? "" : *t;
		}
	*unknown = 1;
	return NULL;
}

static int
is_relay(const char *v)
{
	return strncasecmp(v, "RELAY", 5) == 0 &&
	    (v[5] == '\0' || isspace((unsigned char)v[5]));
}

static int
word_eq(const char *v, const char *w)
{
	size_t n = strlen(w);

	return strncasecmp(v, w, n) == 0 &&
	    (v[n] == '\0' || isspace((unsigned char)v[n]));
}

/* T004: ERROR:[dsn:]code text with classes that disagree */
static void
error_rhs(struct lint *l, const char *file, const struct ent *e)
{
	const char *v = e->val, *code;

	if (strncasecmp(v, "ERROR:", 6) != 0)
		return;
	v += 6;
	if (isdigit((unsigned char)v[0]) && v[1] == '.') {
		code = strchr(v, ':');
		if (code == NULL)
			return;
		code++;
		if (*code == '"')
			code++;
		if (isdigit((unsigned char)code[0]) && code[0] != v[0])
			lint_add(l, "T004", file, (int)e->line, 1,
			    (int)strlen(e->key), "reply %.3s with status "
			    "%.*s: the classes disagree", code,
			    (int)strcspn(v, ":"), v);
	}
}

static const char *
find_val(const struct src *s, const char *key)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcasecmp(s->e[i].key, key) == 0)
			return s->e[i].val;
	return NULL;
}

static int
is_local(const struct lint *l, const char *dom)
{
	const char *j = model_macro(l->m, "j"), *m;

	if (j == NULL || *j == '$')
		j = l->hostname;
	m = j != NULL ? strchr(j, '.') : NULL;
	return model_class_has(l->m, "w", dom) ||
	    (j != NULL && strcasecmp(j, dom) == 0) ||
	    (m != NULL && strcasecmp(m + 1, dom) == 0) ||
	    lint_localname(l, dom);
}

static void
access_checks(struct lint *l, const struct src *s)
{
	size_t i;
	int unknown, delay = lint_feature(l, "delay_checks") != NULL;
	int blocklist = lint_feature(l, "blocklist_recipients") != NULL ||
	    lint_feature(l, "blacklist_recipients") != NULL;
	const struct model_option *cap = model_option(l->m, "CACertPath",
	    NULL), *caf = model_option(l->m, "CACertFile", NULL);
	int public_ca = (cap && cap->raw && strcmp(cap->raw,
	    "/etc/ssl/certs") == 0) || (caf && caf->raw &&
	    (strstr(caf->raw, "ca-certificates.crt") != NULL ||
	    strstr(caf->raw, "ca-bundle") != NULL));

	for (i = 0; i < s->n; i++) {
		const struct ent *e = &s->e[i];
		const char *rest, *tag = split_tag(e->key, &rest, &unknown);
		int klen = (int)strlen(e->key);
		uint32_t net;
		int bits, bad, ip;

		error_rhs(l, s->path, e);
		if (unknown) {
			if (strspn(e->key, "0123456789abcdef:") ==
			    strlen(e->key))
				lint_add(l, "T005", s->path, (int)e->line, 1,
				    klen, "IPv6 key \"%s\" needs the IPv6: "
				    "prefix", e->key);
			else
				lint_add(l, "T005", s->path, (int)e->line, 1,
				    klen, "unknown tag in \"%s\"", e->key);
			continue;
		}
		ip = prefix(rest, &net, &bits, &bad) == 0;
		if ((tag[0] == '\0' || strcasecmp(tag, "Connect") == 0) &&
		    strchr(rest, '/') != NULL && isdigit((unsigned char)*rest))
			lint_add(l, "T005", s->path, (int)e->line, 1, klen,
			    "access keys have no CIDR suffix: write the "
			    "octets of the prefix (10.1 for 10.1.0.0/16)");
		else if (ip && bad)
			lint_add(l, "T005", s->path, (int)e->line, 1, klen,
			    "\"%s\" is not an IPv4 address or prefix", rest);
		if ((strcasecmp(tag, "From") == 0 ||
		    strcasecmp(tag, "To") == 0) && strchr(rest, '@') == NULL &&
		    strchr(rest, '.') == NULL && *rest != '\0')
			lint_add(l, "T005", s->path, (int)e->line, 1, klen,
			    "\"%s\" is read as a host name; a user key needs a "
			    "trailing @ (%s@)", e->key, e->key);
		if (tag[0] == '\0' && strchr(e->key, ':') == NULL)
			lint_add(l, "X002", s->path, (int)e->line, 1, klen,
			    "untagged key \"%s\" applies to Connect:, From: and "
			    "To: alike", e->key);
		if ((tag[0] == '\0' || strcasecmp(tag, "Connect") == 0) &&
		    ip && !bad && is_relay(e->val))
			trusted_net(l, s->path, (int)e->line, e->key, rest);
		/* O006: the parent with the same tag and action */
		if (*rest != '\0') {
			char parent[512];
			const char *pv, *d;
			size_t tl = rest - e->key;

			if (ip) {
				d = strrchr(rest, '.');
				snprintf(parent, sizeof(parent), "%.*s%.*s",
				    (int)tl, e->key, d ? (int)(d - rest) : 0,
				    rest);
			} else {
				d = strchr(rest, '.');
				snprintf(parent, sizeof(parent), "%.*s%s",
				    (int)tl, e->key, d ? d + 1 : "");
			}
			if (d != NULL && strchr(rest, '@') == NULL &&
			    (pv = find_val(s, parent)) != NULL &&
			    strcasecmp(pv, e->val) == 0)
				lint_add(l, "O006", s->path, (int)e->line, 1,
				    klen, "\"%s\" decides the same as \"%s\"",
				    e->key, parent);
		}
		if (delay && tag[0] == '\0' && !ip &&
		    (is_relay(e->val) || word_eq(e->val, "OK")) &&
		    is_local(l, rest))
			lint_add(l, "R006", s->path, (int)e->line, 1, klen,
			    "untagged \"%s %s\" with delay_checks lets forged "
			    "senders of your domain skip the client checks",
			    e->key, e->val);
		if (blocklist && strcasecmp(tag, "To") == 0 &&
		    (word_eq(e->val, "REJECT") ||
		    strncasecmp(e->val, "ERROR", 5) == 0) &&
		    strchr(rest, '@') == NULL && !is_local(l, rest))
			lint_add(l, "R009", s->path, (int)e->line, 1, klen,
			    "with blocklist_recipients your users cannot "
			    "write to %s either", rest);
		if (public_ca && strcasecmp(tag, "CERTISSUER") == 0 &&
		    is_relay(e->val))
			lint_add(l, "R007", s->path, (int)e->line, 1, klen,
			    "relaying by certificate issuer while the CA "
			    "store is the public one");
		if (strcasecmp(tag, "Srv_Features") == 0 && *rest == '\0' &&
		    strchr(e->val, 'C') != NULL)
			lint_add(l, "R010", s->path, (int)e->line, 1, klen,
			    "Srv_Features: C allows plain-text AUTH without "
			    "TLS for every client");
	}
}

int
lint_localname(const struct lint *l, const char *dom)
{
	size_t i;

	for (i = 0; i < l->nlocal; i++)
		if (strcasecmp(l->localnames[i], dom) == 0)
			return 1;
	return 0;
}

/* --- virtusertable, mailertable, authinfo --------------------------- */

static int
virt_domain_ok(const struct lint *l, const char *dom)
{
	return is_local(l, dom) || model_class_has(l->m, "VirtHost", dom) ||
	    model_class_has(l->m, "R", dom);
}

static void
virtuser_checks(struct lint *l, const struct src *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct ent *e = &s->e[i];
		const char *at = strrchr(e->key, '@');

		error_rhs(l, s->path, e);
		if (at != NULL && at[1] != '\0' && !virt_domain_ok(l, at + 1))
			lint_add(l, "T006", s->path, (int)e->line, 1,
			    (int)strlen(e->key), "%s is not a local or virtual "
			    "domain: this entry is never used", at + 1);
	}
}

static int
has_mailer(const struct lint *l, const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < l->m->nmailers; i++)
		if (strlen(l->m->mailers[i].name) == n &&
		    strncmp(l->m->mailers[i].name, name, n) == 0)
			return 1;
	return strncmp(name, "error", n) == 0 && n == 5;
}

static void
mailertable_checks(struct lint *l, const struct src *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		const struct ent *e = &s->e[i];
		const char *c = strchr(e->val, ':');

		error_rhs(l, s->path, e);
		if (strncasecmp(e->val, "error:", 6) == 0)
			continue;
		if (c == NULL)
			lint_add(l, "T006", s->path, (int)e->line, 1,
			    (int)strlen(e->key), "\"%s\" is not mailer:host",
			    e->val);
		else if (!has_mailer(l, e->val, c - e->val))
			lint_add(l, "T006", s->path, (int)e->line, 1,
			    (int)strlen(e->key), "mailer \"%.*s\" is not "
			    "defined (MAILER(...) missing?)",
			    (int)(c - e->val), e->val);
		else if (c[1] != '[' && c[1] != '\0' &&
		    strncmp(e->val, "local:", 6) != 0 &&
		    strncmp(e->val, "lmtp:", 5) != 0) {
			char host[256];

			snprintf(host, sizeof(host), "%.*s",
			    (int)strcspn(c + 1, ":"), c + 1);
			if (lint_localname(l, host) ||
			    model_class_has(l->m, "w", host) ||
			    (l->hostname != NULL &&
			    strcasecmp(l->hostname, host) == 0) ||
			    (model_macro(l->m, "j") != NULL &&
			    strcasecmp(model_macro(l->m, "j"), host) == 0))
				lint_add(l, "T007", s->path, (int)e->line, 1,
				    (int)strlen(e->key), "%s is a name of this "
				    "host: its MX points back here", host);
		}
	}
}

/* The smart host's name without mailer: and [ ] */
static void
smarthost_name(const char *v, char *out, size_t n)
{
	const char *c = strchr(v, ':');

	if (c != NULL)
		v = c + 1;
	if (*v == '[')
		v++;
	snprintf(out, n, "%.*s", (int)strcspn(v, "]:"), v);
}

static void
authinfo_checks(struct lint *l, const struct src *s, const char *path,
    const struct model_map *mp)
{
	struct stat st;
	const char *sh = model_macro(l->m, "S");
	char host[256], key[300];

	(void)mp;
	if (stat(path, &st) == 0 && (st.st_mode & 004) != 0)
		lint_add(l, "T009", path, 0, 0, 0, "%s holds passwords and "
		    "is readable by every user (mode %03o)", path,
		    (unsigned)(st.st_mode & 0777));
	if (sh == NULL || *sh == '\0')
		return;
	smarthost_name(sh, host, sizeof(host));
	snprintf(key, sizeof(key), "AuthInfo:%s", host);
	if (find_val(s, key) == NULL && find_val(s, "AuthInfo:") == NULL) {
		lint_add(l, "S003", path, 0, 0, 0, "no AuthInfo:%s entry for "
		    "the smart host", host);
	}
}

/* S002: credentials for the smart host but no TLS requirement */
static void
smarthost_tls(struct lint *l, const struct src *access)
{
	const char *sh = model_macro(l->m, "S");
	char host[256], key[300];

	if (sh == NULL || *sh == '\0' || lint_feature(l, "authinfo") == NULL)
		return;
	smarthost_name(sh, host, sizeof(host));
	snprintf(key, sizeof(key), "TLS_Srv:%s", host);
	if (access == NULL || find_val(access, key) == NULL)
		lint_add(l, "S002", l->mcpath, 0, 0, 0, "credentials for "
		    "smart host %s may be sent without TLS: no %s entry in "
		    "access", host, key);
}

/* --- class files --------------------------------------------------------- */

static void
class_words(struct lint *l, const struct model_classdecl *c)
{
	size_t i;
	struct diag_loc loc = model_mc_loc(l->m, &c->loc);
	char what[300];

	if (strcmp(c->name, "R") != 0)
		return;
	for (i = 0; i < c->nwords; i++) {
		snprintf(what, sizeof(what), "RELAY_DOMAIN(%s)", c->words[i]);
		trusted_net(l, loc.file ? loc.file : l->mcpath, loc.line,
		    what, c->words[i]);
	}
}

static void
class_file(struct lint *l, const struct model_classdecl *c)
{
	char *path, *buf, *p, *e;
	size_t len;
	int line = 0;
	struct diag_loc loc = model_mc_loc(l->m, &c->loc);

	if (c->file == NULL || c->file[0] == '|')
		return;
	path = lint_mappath(l, c->file);
	if (strstr(c->file, "sendmail.cw") != NULL)
		lint_add(l, "X002", loc.file ? loc.file : l->mcpath, loc.line,
		    0, 0, "%s is the pre-8.10 name; use "
		    "/etc/mail/local-host-names", c->file);
	if (maputil_readfile(path, &buf, &len) != 0) {
		if (strcmp(c->name, "w") == 0)
			lint_add(l, "N003", path, 0, 0, 0, "%s (class w) "
			    "cannot be read: %s", path, strerror(errno));
		free(path);
		return;
	}
	buf[len] = '\0';
	for (p = buf; p && *p; p = e) {
		char word[256];

		line++;
		e = strchr(p, '\n');
		if (e != NULL)
			*e++ = '\0';
		if (*p == '#' || sscanf(p, "%255s", word) != 1)
			continue;
		if (strcmp(c->name, "w") == 0) {
			l->localnames = xreallocarray(l->localnames,
			    l->nlocal + 1, sizeof(char *));
			l->localnames[l->nlocal++] = xstrdup(word);
		} else if (strcmp(c->name, "R") == 0)
			trusted_net(l, path, line, word, word);
	}
	free(buf);
	free(path);
}

/* --- aliases -------------------------------------------------------------- */

struct agraph {
	struct lint	*l;
	const char	*path;
	char		**key, **val;
	unsigned	*line;
	size_t		 n;
};

static int
alias_entry(void *arg, const struct alias_entry *ae)
{
	struct agraph *g = arg;

	g->key = xreallocarray(g->key, g->n + 1, sizeof(char *));
	g->val = xreallocarray(g->val, g->n + 1, sizeof(char *));
	g->line = xreallocarray(g->line, g->n + 1, sizeof(unsigned));
	g->key[g->n] = xstrdup(ae->key);
	g->val[g->n] = xstrdup(ae->val);
	g->line[g->n++] = ae->line;
	return 0;
}

static int
alias_message(void *arg, unsigned line, int error, const char *text)
{
	struct agraph *g = arg;

	if (error)
		lint_add(g->l, "T014", g->path, (int)line, 1, 1, "%s", text);
	return 0;
}

static long
alias_find(const struct agraph *g, const char *k, size_t n)
{
	size_t i;

	for (i = 0; i < g->n; i++)
		if (strlen(g->key[i]) == n && strncasecmp(g->key[i], k, n) == 0)
			return (long)i;
	return -1;
}

/* Local targets of alias i, as indices; returns how many. */
static size_t
alias_targets(const struct agraph *g, size_t i, long *out, size_t max)
{
	const char *p = g->val[i];
	size_t n = 0;

	while (*p && n < max) {
		size_t len;
		const char *at;

		while (*p == ',' || isspace((unsigned char)*p))
			p++;
		len = strcspn(p, ",");
		while (len > 0 && isspace((unsigned char)p[len - 1]))
			len--;
		if (len > 0 && *p != '|' && *p != '/' && *p != '"' &&
		    *p != ':' && *p != '\\') {
			at = memchr(p, '@', len);
			if (at == NULL || ((size_t)(p + len - at - 1) ==
			    strlen("localhost") && strncasecmp(at + 1,
			    "localhost", 9) == 0)) {
				long k = alias_find(g, p, at ? (size_t)(at - p) :
				    len);

				if (k >= 0)
					out[n++] = k;
			}
		}
		p += strcspn(p, ",");
	}
	return n;
}

/* T008: a cycle through alias i back to i */
static int
alias_cycle(const struct agraph *g, size_t start, long cur, int depth,
    char *seen)
{
	long t[64];
	size_t n, k;

	if (depth > 64)
		return 0;
	n = alias_targets(g, (size_t)cur, t, 64);
	for (k = 0; k < n; k++) {
		if ((size_t)t[k] == start)
			return 1;
		if (seen[t[k]])
			continue;
		seen[t[k]] = 1;
		if (alias_cycle(g, start, t[k], depth + 1, seen))
			return 1;
	}
	return 0;
}

static void
aliases(struct lint *l, const char *cfpath)
{
	char *path = lint_mappath(l, cfpath), *buf, *seen, *cmd;
	size_t len, i, j;
	struct agraph g;
	struct alias_handler h = { alias_entry, alias_message, NULL };
	struct aliases_opts ao = { NULL, 0 };

	memset(&g, 0, sizeof(g));
	g.l = l;
	g.path = path;
	h.arg = &g;
	if (maputil_readfile(path, &buf, &len) != 0) {
		free(path);
		return;
	}
	aliases_parse(buf, len, &ao, &h);
	free(buf);
	seen = xcalloc(g.n ? g.n : 1, 1);
	for (i = 0; i < g.n; i++) {
		memset(seen, 0, g.n ? g.n : 1);
		if (alias_cycle(&g, i, (long)i, 0, seen)) {
			/* report the cycle once, at its first member */
			for (j = 0; j < i; j++)
				if (seen[j])
					break;
			if (j == i)
				lint_add(l, "T008", path, (int)g.line[i], 1,
				    (int)strlen(g.key[i]), "alias \"%s\" "
				    "expands back to itself", g.key[i]);
		}
	}
	if (alias_find(&g, "postmaster", 10) < 0)
		lint_add(l, "Q002", path, 0, 0, 0, "no postmaster alias");
	cmd = xasprintf("newaliases (or makemap -N hash %s < %s)", path, path);
	staleness(l, path, "newaliases", NULL);
	free(cmd);
	for (i = 0; i < g.n; i++) {
		free(g.key[i]);
		free(g.val[i]);
	}
	free(g.key);
	free(g.val);
	free(g.line);
	free(seen);
	free(path);
}

/* --- driver -------------------------------------------------------------- */

static const char *const unsupported[] = {
	"ldap", "nis", "nisplus", "hesiod", "netinfo", "ph", "nsd", "socket",
	NULL
};

static int
has_flag(const struct model_map *mp, char f)
{
	size_t i;

	for (i = 0; i < mp->nflags; i++)
		if (mp->flags[i].flag == f)
			return 1;
	return 0;
}

void
lint_check_maps(struct lint *l)
{
	size_t i;
	struct src access;
	int have_access = 0;
	const struct model_option *af;

	if (l->m == NULL)
		return;
	for (i = 0; i < l->m->nclasses; i++) {
		const struct model_classdecl *c = &l->m->classes[i];

		if (c->kind == CLASS_FILE)
			class_file(l, c);
		else
			class_words(l, c);
	}
	memset(&access, 0, sizeof(access));
	for (i = 0; i < l->m->nmaps; i++) {
		const struct model_map *mp = &l->m->maps[i];
		const char *const *u;
		char *path, *cmd;
		struct src s;

		for (u = unsupported; *u; u++)
			if (strcmp(mp->mclass, *u) == 0) {
				struct diag_loc loc = model_mc_loc(l->m,
				    &mp->loc);

				lint_add(l, "T002", loc.file ? loc.file :
				    l->mcpath, loc.line, 0, 0, "map %s uses "
				    "class %s, which the runtime does not "
				    "provide", mp->name, mp->mclass);
			}
		if (mp->file == NULL || (strcmp(mp->mclass, "hash") != 0 &&
		    strcmp(mp->mclass, "btree") != 0 &&
		    strcmp(mp->mclass, "dbm") != 0))
			continue;
		path = lint_mappath(l, mp->file);
		cmd = xasprintf("makemap %s%s%s %s < %s", has_flag(mp, 'f') ?
		    "-f " : "", has_flag(mp, 'N') ? "-N " : "", mp->mclass,
		    path, path);
		if (src_read(l, &s, path, !has_flag(mp, 'f')) != 0) {
			if (!has_flag(mp, 'o'))
				lint_add(l, "T012", path, 0, 0, 0, "the source "
				    "of map %s is missing", mp->name);
			free(cmd);
			free(path);
			continue;
		}
		staleness(l, path, cmd, NULL);
		if (strcmp(mp->name, "access") == 0) {
			access_checks(l, &s);
			if (!have_access) {
				access = s;
				have_access = 1;
				free(cmd);
				path = NULL;
				continue;
			}
		} else if (strcmp(mp->name, "virtuser") == 0)
			virtuser_checks(l, &s);
		else if (strcmp(mp->name, "mailertable") == 0)
			mailertable_checks(l, &s);
		else if (strcmp(mp->name, "authinfo") == 0)
			authinfo_checks(l, &s, path, mp);
		src_free(&s);
		free(cmd);
		free(path);
	}
	smarthost_tls(l, have_access ? &access : NULL);
	if (have_access) {
		free((char *)access.path);
		src_free(&access);
	}
	if ((af = model_option(l->m, "AliasFile", NULL)) != NULL &&
	    af->raw != NULL) {
		char *copy = xstrdup(af->raw), *a, *save = NULL, *c;

		for (a = strtok_r(copy, ", \t", &save); a != NULL;
		    a = strtok_r(NULL, ", \t", &save)) {
			c = strchr(a, ':');
			aliases(l, c != NULL && c[1] == '/' ? c + 1 : a);
		}
		free(copy);
	}
}
