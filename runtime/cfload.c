/*
 * cfload.c -- read the few sendmail.cf line kinds the policy engine needs
 * (see cfload.h).  Lines:
 *   Dx value / D{name}value      macros: j S M H R L
 *   Cx words / C{name}words      classes (w R M N E G L P O VirtHost ...)
 *   Fx[-o ]path [format]         class files (first word per line)
 *   Kname class [-flags] path    maps: access virtuser mailertable ...
 *   O Name=value                 DeliveryMode
 *   Mname, ...                   mailers (esmtp: MAILER(smtp) present)
 *   #####  $Id: FEATURE.m4,v     which FEATUREs built the file
 *   S/R                          check_relay present, feature arguments
 * Continuation lines (leading blank) belong to the previous line.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "strbuf.h"
#include "xalloc.h"
#include "maps/lmdbmap.h"
#include "runtime/cfload.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"
#include "runtime/rewrite.h"

struct macro {
	char	*name;
	char	*value;
	int	 line;
};

struct loader {
	struct policy_config	*cf;
	const struct cfload_opts *o;
	const char		*path;
	struct macro		*mac;
	size_t			 nmac;
	char			*err;
	size_t			 errlen;
	int			 failed;
	int			 in_dnsbl;	/* in a DNS-list rule block */
	int			 set;		/* current S line, -1 none */
	int			 c2phase;	/* Canonify2: 0 stock, 1
						   LOCAL_RULE_3, 2 stock */
	int			 lr3;		/* LOCAL_RULE_3 set, -1 none */
	int			 in_check_relay; /* S check_relay */
};

/* $x in rules is expanded when the rule is read. */
static const char *
load_macro(void *arg, const char *name)
{
	struct loader *ld = arg;

	if (strcmp(name, "j") == 0)
		return ld->cf->j;
	if (strcmp(name, "w") == 0)
		return ld->cf->w;
	if (strcmp(name, "m") == 0)
		return ld->cf->m;
	return policy_macro(ld->cf, name);
}


static void
set_str(char **dst, const char *v)
{
	free(*dst);
	*dst = xstrdup(v);
}

static const char *
macro(struct loader *ld, const char *name)
{
	size_t i;

	for (i = 0; i < ld->nmac; i++)
		if (strcmp(ld->mac[i].name, name) == 0)
			return ld->mac[i].value;
	return NULL;
}

static void
macro_set(struct loader *ld, const char *name, const char *value, int line)
{
	size_t i;
	{
		size_t nl = strlen(name) + 1, vl = strlen(value) + 1;
		struct policy_config *cf = ld->cf;

		cf->macros = xrealloc(cf->macros, cf->macros_len + nl + vl);
		memcpy(cf->macros + cf->macros_len, name, nl);
		memcpy(cf->macros + cf->macros_len + nl, value, vl);
		cf->macros_len += nl + vl;
	}

	for (i = 0; i < ld->nmac; i++)
		if (strcmp(ld->mac[i].name, name) == 0) {
			set_str(&ld->mac[i].value, value);
			ld->mac[i].line = line;
			return;
		}
	ld->mac = xreallocarray(ld->mac, ld->nmac + 1, sizeof(*ld->mac));
	ld->mac[ld->nmac].name = xstrdup(name);
	ld->mac[ld->nmac].value = xstrdup(value);
	ld->mac[ld->nmac].line = line;
	ld->nmac++;
}

/* Splits "x..." or "{name}..." after the line letter; returns the rest. */
static char *
class_name(char *p, char *name, size_t len)
{
	char *e;

	if (*p == '{') {
		e = strchr(p, '}');
		if (e == NULL)
			return NULL;
		snprintf(name, len, "%.*s", (int)(e - p - 1), p + 1);
		return e + 1;
	}
	if (*p == '\0')
		return NULL;
	snprintf(name, len, "%c", *p);
	return p + 1;
}

static struct pclass *
class_of(struct policy_config *cf, const char *name)
{
	return policy_class_new(cf, name);
}

static void
class_words(struct loader *ld, const char *name, char *words)
{
	struct pclass *c = class_of(ld->cf, name), *src;
	char *w, *save = NULL, ref[64];
	size_t i;

	if (strcmp(name, "O") == 0) {
		char ops[16] = "";

		for (w = words; *w != '\0'; w++)
			if (strchr("@%!", *w) != NULL &&
			    strchr(ops, *w) == NULL)
				ops[strlen(ops)] = *w;
		set_str(&ld->cf->operators, ops);
		return;
	}
	for (w = strtok_r(words, " \t", &save); w != NULL;
	    w = strtok_r(NULL, " \t", &save)) {
		if (strncmp(w, "$=", 2) == 0 && class_name(w + 2, ref,
		    sizeof(ref)) != NULL) {
			/* creating a class may move the others: look both
			 * up again, and copy from a snapshot */
			src = class_of(ld->cf, ref);
			c = class_of(ld->cf, name);
			if (src != c) {
				size_t n = src->n;

				for (i = 0; i < n; i++)
					pclass_add(c, src->v[i]);
			}
			continue;
		}
		if (strcmp(w, "$w") == 0 || strcmp(w, "$j") == 0) {
			pclass_add(c, w[1] == 'w' ? ld->cf->w : ld->cf->j);
			continue;
		}
		pclass_add(c, w);
	}
}

static char *
map_path(struct loader *ld, const char *p)
{
	if (ld->o->mapdir != NULL && strncmp(p, "/etc/mail/", 10) == 0)
		return xasprintf("%s/%s", ld->o->mapdir, p + 10);
	return xstrdup(p);
}

static void
class_file(struct loader *ld, const char *name, char *rest, int lineno)
{
	struct pclass *c = class_of(ld->cf, name);
	char *path, *fmt, *line = NULL, *w, *save;
	int optional = 0;
	size_t cap = 0;
	FILE *fp;

	while (*rest == ' ' || *rest == '\t')
		rest++;
	if (strncmp(rest, "-o", 2) == 0) {
		optional = 1;
		rest += 2;
		while (*rest == ' ' || *rest == '\t')
			rest++;
	}
	if (*rest == '|' || *rest == '\0')
		return;
	fmt = rest + strcspn(rest, " \t");
	if (*fmt != '\0')
		*fmt++ = '\0';
	path = map_path(ld, rest);
	if ((fp = fopen(path, "r")) == NULL) {
		if (!optional) {
			snprintf(ld->err, ld->errlen, "%s:%d: fileclass: "
			    "cannot open '%s': %s", ld->path, lineno, path,
			    strerror(errno));
			ld->failed = 1;
		}
		free(path);
		return;
	}
	while (getline(&line, &cap, fp) != -1) {
		save = NULL;
		if (line[0] == '#')
			continue;
		if (*fmt != '\0') {	/* %[^\#]: all words before '#' */
			line[strcspn(line, "#")] = '\0';
			for (w = strtok_r(line, " \t\r\n", &save); w != NULL;
			    w = strtok_r(NULL, " \t\r\n", &save))
				pclass_add(c, w);
		} else if ((w = strtok_r(line, " \t\r\n", &save)) != NULL)
			pclass_add(c, w);
	}
	free(line);
	fclose(fp);
	free(path);
}

static void
kline(struct loader *ld, char *rest, int lineno)
{
	struct policy_config *cf = ld->cf;
	struct pmap **slot = NULL;
	char *argv[32], *save = NULL, *w, *path, *lpath;
	int argc = 0, i, fold = 1, optional = 0, tmpf = 0;

	for (w = strtok_r(rest, " \t", &save); w != NULL && argc < 32;
	    w = strtok_r(NULL, " \t", &save))
		argv[argc++] = w;
	if (argc < 2)
		return;
	if (strcmp(argv[0], "access") == 0) {
		slot = &cf->access;
		cf->features |= PF_ACCESS_DB;
	} else if (strcmp(argv[0], "virtuser") == 0) {
		slot = &cf->virtuser;
		cf->features |= PF_VIRTUSER;
	} else if (strcmp(argv[0], "mailertable") == 0) {
		slot = &cf->mailertable;
		cf->features |= PF_MAILERTABLE;
	} else if (strcmp(argv[0], "generics") == 0) {
		slot = &cf->generics;
		cf->features |= PF_GENERICS;
	} else if (strcmp(argv[0], "domaintable") == 0) {
		slot = &cf->domaintable;
	} else if (strcmp(argv[0], "resolve") == 0) {
		cf->features &= ~PF_ACCEPT_UNRESOLVABLE;
		return;
	} else if (strcmp(argv[1], "hash") == 0 ||
	    strcmp(argv[1], "btree") == 0 || strcmp(argv[1], "dbm") == 0)
		slot = policy_omap_slot(cf, argv[0]);	/* the cf's own */
	else
		return;
	/* a map only the cf's rules read: missing = empty, as before */
	if (slot != &cf->access && slot != &cf->virtuser &&
	    slot != &cf->mailertable && slot != &cf->generics &&
	    slot != &cf->domaintable)
		optional = 1;
	for (i = 2; i < argc - 1; i++) {
		if (strcmp(argv[i], "-f") == 0)
			fold = 0;
		else if (strcmp(argv[i], "-o") == 0)
			optional = 1;
		else if (strncmp(argv[i], "-T", 2) == 0)
			tmpf = 1;
	}
	if (argv[argc - 1][0] == '-')
		return;
	if (slot == &cf->access)
		cf->access_tmpf = tmpf;
	path = map_path(ld, argv[argc - 1]);
	pmap_close(*slot);
	/* a map built by makemap (PATH.lmdb) wins over its text source */
	lpath = lmdbmap_filename(path);
	if (access(lpath, F_OK) == 0)
		*slot = pmap_open_lmdb(argv[0], lpath, path, ld->err,
		    ld->errlen);
	else
		*slot = pmap_open_text(argv[0], path, fold,
		    optional || ld->o->mapdir != NULL, ld->err, ld->errlen);
	free(lpath);
	if (*slot == NULL) {
		char msg[512];

		snprintf(msg, sizeof(msg), "%s:%d: %s", ld->path, lineno,
		    ld->err);
		snprintf(ld->err, ld->errlen, "%s", msg);
		ld->failed = 1;
	}
	free(path);
}

/* Feature arguments that only show in the rules they generate. */
static void
rline(struct loader *ld, const char *r, int lineno)
{
	struct policy_config *cf = ld->cf;
	const char *p, *e;

	/* ratecontrol/conncontrol: `nodelay' calls them from check_relay,
	   `terminate' replies 421 */
	if (strstr(r, "$>\"RateControl\"") != NULL && ld->in_check_relay)
		cf->features2 |= PF2_RATE_NOW;
	if (strstr(r, "$>\"ConnControl\"") != NULL && ld->in_check_relay)
		cf->features2 |= PF2_CONN_NOW;
	if (strstr(r, "$: 421 Connection rate limit") != NULL)
		cf->rate_reply = 421;
	if (strstr(r, "$: 421 Too many open connections") != NULL)
		cf->conn_reply = 421;
	if (strncmp(r, "R$* ! $* < @ $* >", 17) == 0 &&
	    strstr(r, "<REMOTE>") != NULL)
		cf->nouucp_reject = 1;
	if (strncmp(r, "R$* % $* < @ $* >", 17) == 0 &&
	    strstr(r, "<REMOTE>") != NULL)
		cf->nopercent_reject = 1;
	if (strstr(r, "<F:$1@$2> <D:$2> <F:$1@>") != NULL ||
	    strstr(r, "$(access To:$1@$2 $: ? $)") != NULL)
		cf->features |= PF_RELAYTOFULLADDRESS;
	if (strstr(r, "<! From> $| <F:$1@$2> <D:$2>") != NULL ||
	    strstr(r, "<! From> $| <F:$1@$2> <E:$2>") != NULL)
		cf->features |= PF_RELAY_MAIL_FROM_DOM;
	if (strncmp(r, "R<FRIEND> $+", 12) == 0)
		cf->delay_mode = 'f';
	if (strncmp(r, "R<HATER> $+", 11) == 0)
		cf->delay_mode = 'h';
	if (strstr(r, "$(access $5:.$2 $: ? $)") != NULL)
		cf->features |= PF_LOOKUPDOTDOMAIN;
	if (strstr(r, "$>SearchList <! From> $| <F:$1@$2>") != NULL)
		cf->features |= PF_RELAY_MAIL_FROM;
	if ((p = strstr(r, "$(dnsbl $4.$3.$2.$1.")) != NULL ||
	    (p = strstr(r, "$(ednsbl $4.$3.$2.$1.")) != NULL) {
		p = strstr(p, "$1.") + 3;
		e = strstr(p, ". $:");
		if (e == NULL)
			return;
		cf->dnsbl = xreallocarray(cf->dnsbl, cf->ndnsbl + 1,
		    sizeof(*cf->dnsbl));
		memset(&cf->dnsbl[cf->ndnsbl], 0, sizeof(*cf->dnsbl));
		cf->dnsbl[cf->ndnsbl].zone = xstrndup(p, e - p);
		cf->dnsbl[cf->ndnsbl].enhanced = strstr(r, "ednsbl") != NULL;
		cf->dnsbl[cf->ndnsbl].at.file = cf->cf;
		cf->dnsbl[cf->ndnsbl].at.line = lineno;
		cf->ndnsbl++;
		ld->in_dnsbl = 1;
		return;
	}
	if (ld->in_dnsbl && cf->ndnsbl > 0 && strncmp(r, "R<?>", 4) == 0) {
		struct pdnsbl *b = &cf->dnsbl[cf->ndnsbl - 1];
		const char *lhs = r + 4, *rhs;
		size_t ll = strcspn(lhs, "\t");

		rhs = lhs + ll;
		rhs += strspn(rhs, "\t");
		if (strncmp(lhs, "OK", ll) == 0 && ll == 2)
			return;
		if (ll >= 5 && strncmp(lhs + ll - 5, "<TMP>", 5) == 0) {
			if (strncmp(rhs, "$#", 2) == 0)
				b->tmp = xstrdup(rhs);
			return;
		}
		if (strncmp(rhs, "$#", 2) == 0) {
			free(b->hit);
			b->hit = xstrdup(rhs);
			if (!(ll == 2 && strncmp(lhs, "$+", 2) == 0)) {
				char *a = xstrndup(lhs, ll);

				pclass_add(&b->answers, a);
				free(a);
			}
		}
		return;
	}
	if (ld->in_dnsbl && strncmp(r, "R<?>", 4) != 0)
		ld->in_dnsbl = 0;
}

static void
feature_id(struct loader *ld, const char *line)
{
	const char *p = strstr(line, "$Id: "), *e;
	size_t len;

	if (p == NULL)
		return;
	p += 5;
	e = strstr(p, ".m4,");
	if (e == NULL)
		return;
	len = e - p;
	ld->cf->features |= policy_feature_flag(p, len);
	ld->cf->features2 |= policy_feature_flag2(p, len);
}

void
cfload_identity(struct policy_config *cf, const char *hn)
{
	char host[256], *canon = NULL, *addr = NULL, *lit;
	const char *dot;

	if (hn == NULL) {
		if (gethostname(host, sizeof(host)) != 0)
			snprintf(host, sizeof(host), "localhost");
		host[sizeof(host) - 1] = '\0';
		if (strchr(host, '.') == NULL &&
		    resolver_canon(cf->res, host, &canon) == 1) {
			snprintf(host, sizeof(host), "%s", canon);
			free(canon);
		}
		hn = host;
	}
	dot = strchr(hn, '.');
	free(cf->w);
	cf->w = dot ? xstrndup(hn, (size_t)(dot - hn)) : xstrdup(hn);
	set_str(&cf->m, dot ? dot + 1 : "");
	set_str(&cf->j, hn);
	pclass_add(&cf->cw, cf->w);
	pclass_add(&cf->cw, hn);
	if (resolver_addr(cf->res, hn, &addr) == 1) {
		lit = xasprintf("[%s]", addr);
		pclass_add(&cf->cw, lit);
		free(lit);
		free(addr);
	}
}

static int
is_local_hook(const struct loader *ld)
{
	(void)ld;
	return 0;
}

/* The left side of an R line, blanks collapsed to one. */
static void
rule_lhs(const char *r, char *buf, size_t len)
{
	size_t n = 0;
	int blank = 0;

	for (r++; *r != '\0' && *r != '\t' && n + 2 < len; r++) {
		if (*r == ' ') {
			blank = 1;
			continue;
		}
		if (blank && n > 0)
			buf[n++] = ' ';
		blank = 0;
		buf[n++] = *r;
	}
	buf[n] = '\0';
}

/*
 * The cf kit splices LOCAL_RULE_3 into Canonify2 (ruleset 96) right
 * after the [IP] rules and the domaintable rule, before the BITNET,
 * UUCP and $=P rules.  Those rules go to a ruleset of their own,
 * "LOCAL_RULE_3", which route.c runs at that point (as the table
 * loader does with the .mc's LOCAL_RULE_3).  Returns the set the rule
 * belongs to.
 */
static int
canonify2_set(struct loader *ld, const char *r)
{
	static const char *const after[] = {
		"$* < @ $+ .BITNET > $*", "$* < @ $+ .UUCP > $*",
		"$* < @ $+ . UUCP > $*", "$* < @ $=U . UUCP > $*",
		"$* < @ $=V . UUCP > $*", "$* < @ $=W . UUCP > $*",
		"$* < @ $=X . UUCP > $*", "$* < @ $=Y . UUCP > $*",
		"$* < @ $* $=P > $*", NULL
	};
	char lhs[256];
	size_t i;

	rule_lhs(r, lhs, sizeof(lhs));
	if (ld->c2phase == 0) {
		if (strcmp(lhs, "$* < @@ $+ > $*") == 0)
			ld->c2phase = 1;
		return ld->set;
	}
	if (ld->c2phase == 2)
		return ld->set;
	for (i = 0; after[i] != NULL; i++)
		if (strcmp(lhs, after[i]) == 0) {
			ld->c2phase = 2;
			return ld->set;
		}
	if (strstr(r, "$(domaintable ") != NULL)
		return ld->set;
	if (ld->lr3 < 0)
		ld->lr3 = rw_ruleset(ld->cf->rw, "LOCAL_RULE_3");
	return ld->lr3;
}

static void
one_line(struct loader *ld, char *line, int lineno)
{
	struct policy_config *cf = ld->cf;
	char name[64], *rest;

	switch (line[0]) {
	case 'D':
		if ((rest = class_name(line + 1, name, sizeof(name))) == NULL)
			return;
		macro_set(ld, name, rest, lineno);
		if (strcmp(name, "j") == 0)
			set_str(&cf->j, rest);
		break;
	case 'C':
		if ((rest = class_name(line + 1, name, sizeof(name))) != NULL)
			class_words(ld, name, rest);
		break;
	case 'F':
		if ((rest = class_name(line + 1, name, sizeof(name))) != NULL)
			class_file(ld, name, rest, lineno);
		break;
	case 'K':
		if (rw_map(cf->rw, line + 1, ld->err, ld->errlen) != 0) {
			char msg[512];

			snprintf(msg, sizeof(msg), "%s:%d: %s", ld->path,
			    lineno, ld->err);
			snprintf(ld->err, ld->errlen, "%s", msg);
			ld->failed = 1;
			break;
		}
		if (strncmp(line, "KBadMXIP regex -a<BADMXIP> ", 27) == 0)
			set_str(&cf->badmx_ip, line + 27);
		kline(ld, line + 1, lineno);
		break;
	case 'O':
		rest = line + 1;
		while (*rest == ' ')
			rest++;
		if (strncmp(rest, "DeliveryMode=", 13) == 0)
			cf->delivery_mode = rest[13];
		break;
	case 'M':
		if (strncmp(line, "Mesmtp,", 7) == 0)
			cf->features |= PF_HAS_SMTP;
		break;
	case 'S':
		if (strncmp(line, "Scheck_relay", 12) == 0)
			cf->features |= PF_CHECK_RELAY;
		ld->set = rw_ruleset(cf->rw, line + 1);
		ld->c2phase = strncmp(line, "SCanonify2", 10) == 0 ? 0 : -1;
		ld->in_check_relay = strcmp(line, "Scheck_relay") == 0;
		break;
	case 'R':
		rline(ld, line, lineno);
		if (ld->set >= 0) {
			char e2[256];
			int set = ld->c2phase >= 0 ? canonify2_set(ld, line) :
			    ld->set;

			/* a rule the engine cannot compile (conditionals in
			 * stock rulesets) is left out; local hooks with such
			 * a rule are reported */
			if (rw_rule(cf->rw, set, line + 1, load_macro, ld,
			    ld->path, lineno, e2, sizeof(e2)) != 0 &&
			    is_local_hook(ld)) {
				snprintf(ld->err, ld->errlen, "%s:%d: %s",
				    ld->path, lineno, e2);
				ld->failed = 1;
			}
		}
		break;
	case '#':
		feature_id(ld, line);
		break;
	default:
		break;
	}
}

int
cfload(struct policy_config *cf, const char *path,
    const struct cfload_opts *o, char *err, size_t errlen)
{
	struct loader ld;
	FILE *fp;
	char *line = NULL;
	size_t cap = 0, i;
	ssize_t len;
	int lineno = 0, pendline = 0;
	const char *v;
	struct strbuf pend = STRBUF_INIT;

	memset(&ld, 0, sizeof(ld));
	ld.cf = cf;
	ld.o = o;
	ld.path = path;
	ld.err = err;
	ld.errlen = errlen;
	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	set_str(&cf->cf, path);
	if (o->hosts != NULL) {
		cf->res = resolver_hosts(o->hosts, o->hostname != NULL ?
		    o->hostname : NULL, err, errlen);
		if (cf->res == NULL) {
			fclose(fp);
			return -1;
		}
	} else
		cf->res = resolver_system();
	cfload_identity(ld.cf, ld.o->hostname);
	/* no Kresolve line = accept_unresolvable_domains */
	cf->features |= PF_ACCEPT_UNRESOLVABLE;
	ld.set = -1;
	ld.lr3 = -1;
	ld.c2phase = -1;
	cf->rw = rw_new();
	while ((len = getline(&line, &cap, fp)) != -1 && !ld.failed) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if ((line[0] == ' ' || line[0] == '\t') && pend.len > 0) {
			/* continuation of the previous line */
			strbuf_adds(&pend, line);
			continue;
		}
		if (pend.len > 0)
			one_line(&ld, pend.buf, pendline);
		strbuf_reset(&pend);
		strbuf_adds(&pend, line);
		pendline = lineno;
	}
	if (pend.len > 0 && !ld.failed)
		one_line(&ld, pend.buf, pendline);
	strbuf_free(&pend);
	free(line);
	fclose(fp);
	if ((v = macro(&ld, "S")) != NULL) {
		set_str(&cf->smart_host, v);
		cf->smart_host_at.file = cf->cf;
	}
	for (i = 0; i < ld.nmac; i++) {
		struct macro *m = &ld.mac[i];

		if (strcmp(m->name, "S") == 0)
			cf->smart_host_at.line = m->line;
		else if (strcmp(m->name, "M") == 0) {
			set_str(&cf->masq_as, m->value);
			cf->masq_at.file = cf->cf;
			cf->masq_at.line = m->line;
		} else if (strcmp(m->name, "H") == 0)
			set_str(&cf->mail_hub, m->value);
		else if (strcmp(m->name, "R") == 0)
			set_str(&cf->local_relay, m->value);
		else if (strcmp(m->name, "L") == 0)
			set_str(&cf->luser_relay, m->value);
	}
	/* sendmail puts $j into $=w after reading the file */
	pclass_add(&cf->cw, cf->j);
	if (cf->features & PF_RELAY_ENTIRE_DOMAIN)
		pclass_add(&cf->cm, cf->m);
	for (i = 0; i < ld.nmac; i++) {
		free(ld.mac[i].name);
		free(ld.mac[i].value);
	}
	free(ld.mac);
	if (ld.failed)
		return -1;
	rw_link(cf->rw);
	return 0;
}
