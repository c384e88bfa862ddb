/*
 * check.c -- the SMTP checks in the order sendmail runs them:
 * check_relay at connect, 3,0 + check_mail at MAIL, 3,0 + check_rcpt at
 * RCPT (features.md A.4), with the access map's key walks (maps.md 3.2)
 * and the relay decision (Rcpt_ok, then Relay_ok).
 *
 * Every step returns a struct res: nothing decided (R_NONE), an accept
 * that ends the ruleset ($# OK / $# RELAY), an error ($#error with status
 * and text, still quoted as in the rules), a temporary relay error
 * ($#TEMP), discard or quarantine.  policy_check() combines the stages
 * as the oracle does and formats the SMTP reply like sendmail.
 */
#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"
#include "runtime/paddr.h"
#include "runtime/rewrite.h"

enum { R_NONE, R_ACCEPT, R_ERROR, R_TEMP, R_DISCARD, R_QUAR, R_RELAY };

struct res {
	int	 kind;
	char	*status;
	char	*text;
};

static void
res_set(struct res *r, int kind, const char *status, const char *text)
{
	free(r->status);
	free(r->text);
	r->kind = kind;
	r->status = xstrdup(status != NULL ? status : "");
	r->text = xstrdup(text != NULL ? text : "");
}

static void
res_free(struct res *r)
{
	free(r->status);
	free(r->text);
	memset(r, 0, sizeof(*r));
}

/* Access lookup results: 0 not found, 1 found (*val), -1 temp. */
static int
acc_one(const struct policy_config *cf, const char *tag, const char *key,
    int plus, char **val, struct ptrace *tr)
{
	char *k;
	int r;

	*val = NULL;
	if (tag != NULL) {
		k = xasprintf("%s:%s", tag, key);
		r = maplook(cf->access, k, val, tr);
		free(k);
		if (r != 0)
			return r;
	}
	if (plus || tag == NULL)
		return maplook(cf->access, key, val, tr);
	return 0;
}

/* LookUpDomain: host walk (maps.md 3.2). */
static int
acc_domain(const struct policy_config *cf, const char *tag, const char *dom,
    int plus, char **val, struct ptrace *tr)
{
	char *key = xstrdup(dom), *p, *nk;
	int r;
	size_t len;

	for (;;) {
		if ((r = acc_one(cf, tag, key, plus, val, tr)) != 0)
			break;
		len = strlen(key);
		if (key[0] == '[' && len > 2 && key[len - 1] == ']') {
			key[len - 1] = '\0';
			p = strrchr(key, '.');
			if (p == NULL)
				p = strrchr(key, ':');
			if (p == NULL || p == key + 1) {
				r = 0;
				break;
			}
			if (p[0] == ':' && p > key + 1 && p[-1] == ':')
				p--;
			*p = '\0';
			nk = xasprintf("%s]", key);
			free(key);
			key = nk;
			continue;
		}
		p = strchr(key, '.');
		if (p == NULL || p == key || p[1] == '\0') {
			r = 0;
			break;
		}
		if (cf->features & PF_LOOKUPDOTDOMAIN) {
			if ((r = acc_one(cf, tag, p, plus, val, tr)) != 0)
				break;
		}
		nk = xstrdup(p + 1);
		free(key);
		key = nk;
	}
	free(key);
	return r;
}

/* LookUpAddress: IP prefix walk. */
static int
acc_addr(const struct policy_config *cf, const char *tag, const char *addr,
    int plus, char **val, struct ptrace *tr)
{
	char *key = xstrdup(addr), *p;
	int r;

	for (;;) {
		if ((r = acc_one(cf, tag, key, plus, val, tr)) != 0)
			break;
		p = strrchr(key, '.');
		if (p == NULL)
			p = strrchr(key, ':');
		if (p == NULL || p == key) {
			r = 0;
			break;
		}
		if (p[0] == ':' && p > key && p[-1] == ':')
			p--;
		*p = '\0';
		if (*key == '\0') {
			r = 0;
			break;
		}
	}
	free(key);
	return r;
}

/* LookUpFull / LookUpUser: user+det@dom, user+*@dom, user@dom. */
static int
acc_fullp(const struct policy_config *cf, const char *tag, const char *user,
    const char *dom, int tplus, char **val, struct ptrace *tr)
{
	char *k, *plus;
	int r;

	k = xasprintf("%s@%s", user, dom);
	r = acc_one(cf, tag, k, tplus, val, tr);
	free(k);
	if (r != 0)
		return r;
	plus = strchr(user, '+');
	if (plus == NULL || plus == user)
		return 0;
	k = xasprintf("%.*s+*@%s", (int)(plus - user), user, dom);
	r = acc_one(cf, tag, k, tplus, val, tr);
	free(k);
	if (r != 0)
		return r;
	k = xasprintf("%.*s@%s", (int)(plus - user), user, dom);
	r = acc_one(cf, tag, k, tplus, val, tr);
	free(k);
	return r;
}

static int
acc_full(const struct policy_config *cf, const char *tag, const char *user,
    const char *dom, char **val, struct ptrace *tr)
{
	return acc_fullp(cf, tag, user, dom, 1, val, tr);
}

/*
 * Classifies an access RHS the way the check rulesets do.  accept_set:
 * what an OK/RELAY means for this caller.
 */
enum { A_NONE, A_OK, A_RELAY, A_REJECT, A_DISCARD, A_QUAR, A_ERROR,
	A_TEXT, A_TMPF, A_SKIP };

static int
acc_class(const char *val, char **status, char **text)
{
	struct toks t = TOKS_INIT;
	int k = A_TEXT;

	*status = *text = NULL;
	tok_split(&t, val);
	if (t.n == 0)
		k = A_NONE;
	else if (t.n == 1 && strcasecmp(t.v[0], "OK") == 0)
		k = A_OK;
	else if (t.n == 1 && strcasecmp(t.v[0], "RELAY") == 0)
		k = A_RELAY;
	else if (t.n == 1 && strcasecmp(t.v[0], "REJECT") == 0)
		k = A_REJECT;
	else if (t.n == 1 && strcasecmp(t.v[0], "DISCARD") == 0)
		k = A_DISCARD;
	else if (t.n == 1 && strcasecmp(t.v[0], "SKIP") == 0)
		k = A_SKIP;
	else if (t.n >= 3 && strcasecmp(t.v[0], "QUARANTINE") == 0 &&
	    strcmp(t.v[1], ":") == 0) {
		k = A_QUAR;
		*text = tok_joins(&t, 2, t.n);
	} else if (t.n >= 3 && strcasecmp(t.v[0], "ERROR") == 0 &&
	    strcmp(t.v[1], ":") == 0) {
		k = A_ERROR;
		if (t.n >= 9 && tok_is_atom(t.v[2]) &&
		    strcmp(t.v[3], ".") == 0 && tok_is_atom(t.v[4]) &&
		    strcmp(t.v[5], ".") == 0 && tok_is_atom(t.v[6]) &&
		    strcmp(t.v[7], ":") == 0) {
			*status = tok_joins(&t, 2, 7);
			*text = tok_joins(&t, 8, t.n);
		} else
			*text = tok_joins(&t, 2, t.n);
	} else
		*text = tok_joins(&t, 0, t.n);
	tok_free(&t);
	return k;
}

/* The common RHS dispositions (REJECT text differs per ruleset). */
static void
acc_dispose(int k, char *status, char *text, const char *reject_dsn,
    const char *reject_text, struct res *r)
{
	switch (k) {
	case A_REJECT:
		res_set(r, R_ERROR, reject_dsn, reject_text);
		break;
	case A_DISCARD:
		res_set(r, R_DISCARD, NULL, "discard");
		break;
	case A_QUAR:
		res_set(r, R_QUAR, "quarantine", text);
		break;
	case A_ERROR:
		res_set(r, R_ERROR, status, text);
		break;
	case A_TMPF:
		res_set(r, R_ERROR, "4.3.0", "\"451 Temporary system failure."
		    " Please try again later.\"");
		break;
	case A_TEXT:
		res_set(r, R_ERROR, NULL, text);
		break;
	default:
		break;
	}
	free(status);
	free(text);
}

static int
is_loopback(const char *a)
{
	return *a == '\0' || strcmp(a, "0") == 0 ||
	    strcmp(a, "127.0.0.1") == 0 ||
	    strcmp(a, "IPv6:0:0:0:0:0:0:0:1") == 0 ||
	    strcmp(a, "IPv6:::1") == 0;
}

static int
dotted_quad(const char *a, unsigned int q[4])
{
	char tail;

	return sscanf(a, "%u.%u.%u.%u%c", &q[0], &q[1], &q[2], &q[3],
	    &tail) == 4 && q[0] < 256 && q[1] < 256 && q[2] < 256 &&
	    q[3] < 256;
}

/*
 * Runs the cf's own Local_check_* ruleset on the text IN (a "$|" in IN
 * becomes the $| operator).  Returns 1 when it answered with $# (the
 * answer in *r; a $# other than error and discard accepts), 0 to go on.
 */
static int
local_hook(const struct policy_config *cf, const char *name, const char *in,
    const struct reqmac *rm, struct res *r, struct ptrace *tr)
{
	struct toks ws = TOKS_INIT, t = TOKS_INIT;
	char *m, *h, *u;
	const char *bar;
	int set = rw_find(cf->rw, name), ok = 0;

	if (set < 0 || rw_nrules(cf->rw, set) == 0)
		return 0;
	if ((bar = strstr(in, " $| ")) != NULL) {
		char *left = xstrndup(in, bar - in);

		tok_split(&ws, left);
		free(left);
		tok_push(&ws, RW_PIPE);
		tok_split(&ws, bar + 4);
	} else
		tok_split(&ws, in);
	ptrace_add(tr, "%s %s", name, in);
	rw_run(cf->rw, cf, set, &ws, req_macro, (void *)rm, tr);
	if (rw_triple(&ws, &m, &h, &u)) {
		ok = 1;
		if (strcasecmp(m, "error") == 0) {
			if (strcasecmp(h, "quarantine") == 0)
				res_set(r, R_QUAR, "quarantine", u);
			else
				res_set(r, R_ERROR, h, u);
		} else if (strcasecmp(m, "discard") == 0)
			res_set(r, R_DISCARD, NULL, "discard");
		else
			res_set(r, R_ACCEPT, NULL, m);
		free(m);
		free(h);
		free(u);
	}
	tok_free(&ws);
	tok_free(&t);
	return ok;
}

/* Does a member of class C match the first tokens of ADDR ($=R $*)? */
static int
class_tok_prefix(const struct pclass *c, const char *addr)
{
	struct toks t = TOKS_INIT;
	char *j;
	int k, in = 0;

	tok_split(&t, addr);
	for (k = 1; k <= t.n && !in; k++) {
		j = tok_joins(&t, 0, k);
		in = pclass_has(c, j);
		free(j);
	}
	tok_free(&t);
	return in;
}

/*
 * RateControl / ConnControl (FEATURE ratecontrol, conncontrol): the
 * limit is the access map's ClientRate:/ClientConn: entry for the
 * client address (IP prefix walk, tag only), else the default entry
 * "ClientRate:"; 0 = no limit; the client is refused when
 * limit < {client_rate} / {client_connections} ($(arith l ...), an
 * unset count being 0).  1 when it decided.
 */
static int
control(const struct policy_config *cf, const struct policy_client *c,
    const struct policy_counts *n, int rate, struct res *r,
    struct ptrace *tr)
{
	const char *tag = rate ? "ClientRate" : "ClientConn";
	const char *feat = rate ? "ratecontrol" : "conncontrol";
	char *val = NULL, *end;
	long limit, have = rate ? n->client_rate : n->client_connections;
	int lr = 0;

	if (cf->access == NULL)
		return 0;
	if (*c->addr != '\0')
		lr = acc_addr(cf, tag, c->addr, 0, &val, tr);
	if (lr == 0)
		lr = acc_one(cf, tag, "", 0, &val, tr);
	ptrace_flush(tr);
	if (lr == 0) {
		ptrace_add(tr, "%s: no %s: entry for %s: no limit", feat, tag,
		    c->addr);
		return 0;
	}
	if (lr == -1) {
		if (!cf->access_tmpf)
			return 0;
		acc_dispose(A_TMPF, NULL, NULL, NULL, NULL, r);
		return 1;
	}
	val[strcspn(val, " \t")] = '\0';
	if (strcmp(val, "0") == 0) {
		ptrace_add(tr, "%s: limit 0: no limit", feat);
		free(val);
		return 0;
	}
	limit = strtol(val, &end, 10);
	free(val);
	if (!(limit < have)) {
		ptrace_add(tr, "%s: %s %ld is within the limit %ld (FEATURE(%s))",
		    feat, rate ? "{client_rate}" : "{client_connections}", have,
		    limit, feat);
		return 0;
	}
	ptrace_add(tr, "%s: %s %ld exceeds the limit %ld (FEATURE(%s))", feat,
	    rate ? "{client_rate}" : "{client_connections}", have, limit,
	    feat);
	{
		char *t = xasprintf("%d %s", rate ? cf->rate_reply :
		    cf->conn_reply, rate ? "Connection rate limit exceeded." :
		    "Too many open connections.");

		res_set(r, R_ERROR, "4.3.2", t);
		free(t);
	}
	return 1;
}

/* FEATURE(require_rdns), the end of Basic_check_relay. */
static void
require_rdns(const struct policy_config *cf, const struct policy_client *c,
    struct res *r, struct ptrace *tr)
{
	const char *st = c->resolve;
	char *t = NULL;

	if (class_tok_prefix(&cf->cR, c->addr)) {
		ptrace_add(tr, "require_rdns: %s is in $=R: relay client, "
		    "accepted", c->addr);
		return;
	}
	if (strcmp(st, "FAIL") == 0) {
		t = xasprintf("550 Fix reverse DNS for %s", c->addr);
		res_set(r, R_ERROR, "5.7.1", t);
	} else if (strcmp(st, "TEMP") == 0) {
		t = xasprintf("451 Client IP address %s does not resolve",
		    c->addr);
		res_set(r, R_ERROR, "4.1.8", t);
	} else if (strcmp(st, "FORGED") == 0) {
		t = xasprintf("451 Possibly forged hostname for %s", c->addr);
		res_set(r, R_ERROR, "4.1.8", t);
	}
	ptrace_add(tr, "require_rdns: {client_resolve} is %s: %s "
	    "(FEATURE(require_rdns))", st, t != NULL ? "refused" :
	    "accepted");
	free(t);
}

/*
 * FEATURE(block_bad_helo): the end of check_rcpt with delay_checks.
 * $s is the HELO name; authenticated clients, $=R clients and
 * "sendmail -bs" (address 0) pass; our [IP] or name, or a name without
 * an inner dot (not an IPv6: literal) is refused.
 */
static void
bad_helo(const struct policy_config *cf, const struct policy_client *c,
    struct res *r, struct ptrace *tr)
{
	struct toks t = TOKS_INIT;
	const char *s = c->name;
	char *lit, *why = NULL;
	int i, dot = 0;

	if (*c->auth_authen != '\0') {
		ptrace_add(tr, "block_bad_helo: authenticated client: no "
		    "HELO check");
		return;
	}
	if (class_tok_prefix(&cf->cR, c->addr) || strcmp(c->addr, "0") == 0) {
		ptrace_add(tr, "block_bad_helo: %s is a local client ($=R): "
		    "no HELO check", c->addr);
		return;
	}
	lit = xasprintf("[%s]", s);
	tok_split(&t, s);
	for (i = 1; i + 1 < t.n; i++)
		if (strcmp(t.v[i], ".") == 0)
			dot = 1;
	if (pclass_has(&cf->cw, lit) || pclass_has(&cf->cw, s))
		why = "is one of our names ($=w)";
	else if (!dot && !(t.n >= 3 && strcmp(t.v[0], "IPv6") == 0 &&
	    strcmp(t.v[1], ":") == 0))
		why = "is not a qualified name";
	if (why != NULL) {
		char *txt = xasprintf("\"550 bogus HELO name used: \"%s", s);

		res_set(r, R_ERROR, "5.7.1", txt);
		free(txt);
	}
	ptrace_add(tr, "block_bad_helo: HELO name %s %s (FEATURE(block_bad_helo))",
	    s, why != NULL ? why : "is qualified: accepted");
	free(lit);
	tok_free(&t);
}

/* The resolver for DNS-only lookups (MX, DNS lists). */
static struct resolver *
dns_of(const struct policy_config *cf)
{
	return cf->dns != NULL ? cf->dns : cf->res;
}

/* A POSIX ERE match of RE on S (0 when RE does not compile). */
static int
rx_match(const char *re, const char *s)
{
	regex_t rx;
	int m;

	if (regcomp(&rx, re, REG_EXTENDED | REG_NOSUB) != 0)
		return 0;
	m = regexec(&rx, s, 0, NULL, 0) == 0;
	regfree(&rx);
	return m;
}

/*
 * FEATURE(badmx), the end of check_mail (ruleset BadMX) for a sender
 * domain: the MX list ("bestmx -z:"; no MX = the domain itself) must
 * not hold "." or a dotted-quad name (regex badmx), and none of the MX
 * hosts' first A record may match the BadMXIP regex (default
 * ^(127\.|10\.|0\.0\.0\.0)).  A temporary MX failure is "450 MX
 * lookup failure".
 */
static void
badmx(const struct policy_config *cf, const char *host, struct res *r,
    struct ptrace *tr)
{
	static const char bad_name[] =
	    "^(([0-9]{1,3}\\.){3}[0-9]){0,1}\\.$";
	char *list = NULL, *p, *e, *n, *a, *t;
	int rc = resolver_mx(dns_of(cf), host, &list), pass, bad = 0;

	if (rc == -1) {
		ptrace_add(tr, "badmx: MX lookup for %s: temporary failure "
		    "(FEATURE(badmx))", host);
		t = xasprintf("\"450 MX lookup failure for \"%s", host);
		res_set(r, R_ERROR, "4.1.2", t);
		free(t);
		return;
	}
	ptrace_add(tr, "badmx: MX hosts of %s: %s", host, rc == 1 ? list :
	    "none (the domain itself is checked)");
	if (rc == 0)
		list = xstrdup(host);
	for (pass = 0; pass < 2 && !bad; pass++)
		for (p = list; *p != '\0' && !bad; p = *e ? e + 1 : e) {
			e = p + strcspn(p, ":");
			n = xasprintf("%.*s%s", (int)(e - p), p,
			    rc == 1 ? "." : "");
			if (pass == 0)
				bad = rx_match(bad_name, n) ? 1 : 0;
			else if (resolver_dns_a(dns_of(cf), n, &a) == 1) {
				t = xasprintf("%s.", a);
				bad = cf->badmx_ip != NULL &&
				    rx_match(cf->badmx_ip, t) ? 2 : 0;
				if (bad)
					ptrace_add(tr, "badmx: MX host %s has "
					    "address %s (BadMXIP %s)", n, a,
					    cf->badmx_ip);
				free(t);
				free(a);
			}
			if (bad == 1)
				ptrace_add(tr, "badmx: MX host \"%s\" is not a "
				    "host name", n);
			free(n);
		}
	free(list);
	if (bad) {
		t = xasprintf("\"550 %s MX record for host \"%s", bad == 1 ?
		    "Illegal" : "Invalid", host);
		res_set(r, R_ERROR, "5.1.2", t);
		free(t);
	}
}

/* FEATURE(relay_based_on_MX), in Rcpt_ok: do we ($=w) appear among
   the MX hosts of the recipient's domain? */
static void
relay_mx(const struct policy_config *cf, const char *host, struct res *r,
    struct ptrace *tr)
{
	char *list = NULL, *p, *e, *n, *t;
	int rc = resolver_mx(dns_of(cf), host, &list), ours = 0;

	if (rc == -1) {
		ptrace_add(tr, "relay_based_on_MX: MX lookup for %s: "
		    "temporary failure", host);
		t = xasprintf("\"450 Can not check MX records for recipient "
		    "host \" %s", host);
		res_set(r, R_TEMP, "4.4.0", t);
		free(t);
		return;
	}
	for (p = list; rc == 1 && *p != '\0' && !ours; p = *e ? e + 1 : e) {
		e = p + strcspn(p, ":");
		n = xstrndup(p, e - p);
		if (pclass_has(&cf->cw, n)) {
			ours = 1;
			ptrace_add(tr, "relay_based_on_MX: %s (in $=w) is an "
			    "MX host of %s: relaying allowed", n, host);
		}
		free(n);
	}
	if (ours)
		res_set(r, R_RELAY, NULL, NULL);
	else
		ptrace_add(tr, "relay_based_on_MX: %s %s", host, rc == 1 ?
		    "has no MX host of ours" : "has no MX records");
	free(list);
}

static int	dnsbl(const struct policy_config *, const struct pdnsbl *,
		    const struct policy_client *, struct res *, struct ptrace *);

/*
 * LOCAL_DNSBL: the .mc's rules that the cf kit splices into
 * Basic_check_relay after the DNS lists' rules.  Their workspace is what
 * the rules before them leave when nothing decided: OKSOFAR after a DNS
 * list, OK after the access lookup, else "{client_name} $| {client_addr}".
 * 1 when they decided ($# triple).
 */
static int
local_dnsbl(const struct policy_config *cf, const struct policy_client *c,
    struct res *r, struct ptrace *tr)
{
	struct reqmac rm = { cf, c, "", "", "", "d" };
	char *in;
	int done;

	if (cf->ndnsbl > 0)
		in = xstrdup("OKSOFAR");
	else if (cf->access != NULL)
		in = xstrdup("OK");
	else
		in = xasprintf("%s $| %s", c->name, c->addr);
	done = local_hook(cf, "Basic_check_relay", in, &rm, r, tr);
	free(in);
	return done;
}

/* check_relay (Basic_check_relay plus DNS lists). */
static void
check_relay(const struct policy_config *cf, const struct policy_client *c,
    const struct policy_counts *n, struct res *r, struct ptrace *tr)
{
	char *val = NULL, *st, *tx;
	int lr = 0, k;
	size_t i;

	ptrace_add(tr, "connect from %s [%s]: check_relay", c->name,
	    c->addr);
	{
		struct reqmac rm = { cf, c, "", "", "", "d" };
		char *in = xasprintf("%s $| %s", c->name, c->addr);
		int done = local_hook(cf, "Local_check_relay", in, &rm, r, tr);

		free(in);
		if (done)
			return;
	}
	if (cf->delivery_mode == 'd') {
		ptrace_add(tr, "check_relay: DeliveryMode deferred: no checks");
		return;
	}
	if (cf->access != NULL) {
		if (*c->name != '\0')
			lr = acc_domain(cf, "Connect", c->name, 1, &val, tr);
		if (lr == 0)
			lr = acc_addr(cf, "Connect", c->addr, 1, &val, tr);
		if (lr == -1)
			k = A_TMPF, st = tx = NULL;
		else if (lr == 0)
			k = A_NONE, st = tx = NULL;
		else
			k = acc_class(val, &st, &tx);
		free(val);
		if (k == A_OK || k == A_RELAY) {
			ptrace_add(tr, "check_relay: access says %s: client "
			    "accepted, later connect checks skipped",
			    k == A_OK ? "OK" : "RELAY");
			free(st);
			free(tx);
			return;
		}
		acc_dispose(k, st, tx, "5.7.1", "\"550 Access denied\"", r);
		if (r->kind != R_NONE)
			return;
	}
	if ((cf->features2 & PF2_RATECONTROL) &&
	    !(cf->features2 & PF2_RATE_NOW) && control(cf, c, n, 1, r, tr))
		return;
	if ((cf->features2 & PF2_CONNCONTROL) &&
	    !(cf->features2 & PF2_CONN_NOW) && control(cf, c, n, 0, r, tr))
		return;
	for (i = 0; i < cf->ndnsbl; i++)
		if (dnsbl(cf, &cf->dnsbl[i], c, r, tr))
			return;
	if (cf->local_dnsbl && local_dnsbl(cf, c, r, tr))
		return;
	if (cf->features2 & PF2_REQUIRE_RDNS)
		require_rdns(cf, c, r, tr);
}

/*
 * Applies a rule right-hand side "$#error $@ S $: T" or "$#discard $: T"
 * of a DNS-list block, with $&{client_addr} replaced.
 */
static void
apply_rhs(const char *rhs, const char *addr, struct res *r)
{
	struct strbuf sb = STRBUF_INIT;
	char mailer[32] = "", status[64] = "";
	const char *p = rhs, *t;

	if (sscanf(p, "$#%31s", mailer) != 1)
		return;
	if ((t = strstr(p, "$@ ")) != NULL)
		sscanf(t + 3, "%63s", status);
	t = strstr(p, "$: ");
	for (t = t != NULL ? t + 3 : ""; *t != '\0'; t++) {
		if (strncmp(t, "$&{client_addr}", 15) == 0) {
			strbuf_addf(&sb, " %s ", addr);
			t += 14;
		} else
			strbuf_addc(&sb, *t);
	}
	if (strcmp(mailer, "discard") == 0)
		res_set(r, R_DISCARD, NULL, "discard");
	else if (strcmp(status, "quarantine") == 0)
		res_set(r, R_QUAR, "quarantine", sb.buf != NULL ? sb.buf : "");
	else
		res_set(r, R_ERROR, status, sb.buf != NULL ? sb.buf : "");
	strbuf_free(&sb);
}

/* One DNS list (dnsbl / enhdnsbl); 1 when it decided. */
static int
dnsbl(const struct policy_config *cf, const struct pdnsbl *b,
    const struct policy_client *c, struct res *r, struct ptrace *tr)
{
	unsigned int q[4];
	char *name, *ans = NULL, *dotted;
	int dr, listed = 0;

	if (!dotted_quad(c->addr, q))
		return 0;
	name = xasprintf("%u.%u.%u.%u.%s.", q[3], q[2], q[1], q[0], b->zone);
	dr = resolver_dns_a(cf->dns != NULL ? cf->dns : cf->res, name, &ans);
	if (dr == 1) {
		dotted = xasprintf("%s.", ans);
		listed = !b->enhanced || b->answers.n == 0 ||
		    pclass_has(&b->answers, dotted);
		free(dotted);
	}
	ptrace_add(tr, "%s (%s:%d): %s -> %s", b->enhanced ? "enhdnsbl" :
	    "dnsbl", b->at.file, b->at.line, name, dr == 1 ? (listed ? ans :
	    "an answer not in the list (ignored)") : dr == 0 ? "not listed" :
	    b->tmp != NULL ? "temporary failure" :
	    "temporary failure (ignored)");
	free(name);
	free(ans);
	if (dr == 1 && listed && b->hit != NULL) {
		apply_rhs(b->hit, c->addr, r);
		return r->kind != R_NONE;
	}
	if (dr == -1 && b->tmp != NULL) {
		apply_rhs(b->tmp, c->addr, r);
		return r->kind != R_NONE;
	}
	return 0;
}

/* CanonAddr: Parse0 of canonify; trailing dot dropped. */
static void
canon_addr(const struct policy_config *cf, const char *a, struct paddr *pa,
    struct ptrace *tr)
{
	struct policy_route dummy;

	memset(&dummy, 0, sizeof(dummy));
	canonify(cf, a, pa, tr);
	parse0(cf, pa, &dummy, tr, 0);
	policy_route_free(&dummy);
}

static int
ends_with(const char *s, const char *suf)
{
	size_t sl = strlen(s), fl = strlen(suf);

	return sl >= fl && strcasecmp(s + sl - fl, suf) == 0;
}

static char *
strip_angles(const char *a)
{
	size_t len;

	while (*a == ' ')
		a++;
	len = strlen(a);
	if (len >= 2 && a[0] == '<' && a[len - 1] == '>')
		return xstrndup(a + 1, len - 2);
	return xstrdup(a);
}

/* check_mail (Basic_check_mail). */
static void
check_mail(const struct policy_config *cf, const struct policy_client *c,
    const char *from, const char *f, struct res *r, struct ptrace *tr)
{
	struct paddr pa;
	char *raw, *m, *user = NULL, *host = NULL, *val = NULL, *st, *tx,
	    *canon = NULL;
	int marker, lr = 0, k, hp;
	enum { M_UNK, M_OKR, M_PERM, M_TEMP, M_ACC };

	ptrace_add(tr, "check_mail %s", from);
	{
		struct reqmac rm = { cf, c, f, from, "e s", "d" };

		if (local_hook(cf, "Local_check_mail", from, &rm, r, tr))
			return;
	}
	if (cf->delivery_mode == 'd')
		return;
	raw = strip_angles(from);
	if (*raw == '\0') {
		ptrace_add(tr, "check_mail: the null sender is always "
		    "accepted");
		free(raw);
		return;
	}
	if (strcmp(raw, "<>") == 0) {
		/* delay_checks passes <$f>, and $f of <> is "<>" */
		free(raw);
		if (*c->addr == '\0' || (cf->features & PF_ACCEPT_UNQUALIFIED))
			return;
		res_set(r, R_ERROR, "5.5.4", "\"553 Domain name required for "
		    "sender address <>\"");
		return;
	}
	if (!(cf->features & PF_ACCEPT_UNQUALIFIED)) {
		m = xasprintf("@localhost.%s", cf->m);
		if ((ends_with(raw, "@localhost") ||
		    ends_with(raw, "@[127.0.0.1]") ||
		    ends_with(raw, "@[IPv6:0:0:0:0:0:0:0:1]") ||
		    ends_with(raw, "@[IPv6:::1]") || ends_with(raw, m) ||
		    ends_with(raw, "@localhost.UUCP")) &&
		    !pclass_has(&cf->cw, c->name)) {
			ptrace_add(tr, "check_mail: a localhost sender from "
			    "a client not in $=w");
			res_set(r, R_ERROR, "5.5.4", "\"553 Real domain name "
			    "required for sender address\"");
			free(m);
			free(raw);
			return;
		}
		free(m);
	}
	free(raw);
	canon_addr(cf, from, &pa, tr);
	marker = M_UNK;
	hp = pa.has_host && pa.host.n > 0;
	user = paddr_local(&pa);
	if (hp) {
		host = paddr_host(&pa);
		if (pclass_has(&cf->cP, pa.host.v[pa.host.n - 1]) ||
		    strcasecmp(host, cf->j) == 0)
			marker = M_OKR;
		else if (!(cf->features & PF_ACCEPT_UNRESOLVABLE)) {
			k = resolver_canon(cf->res, host, &canon);
			free(canon);
			marker = k == 1 ? M_OKR : k == 0 ? M_PERM : M_TEMP;
			ptrace_add(tr, "check_mail: sender domain %s %s", host,
			    k == 1 ? "resolves" : k == 0 ? "does not exist" :
			    "does not resolve (temporary)");
		}
	}
	k = A_NONE;
	st = tx = NULL;
	if (cf->access != NULL) {
		char *ua = xasprintf("%s@", user);

		if (hp) {
			lr = acc_full(cf, "From", user, host, &val, tr);
			if (lr == 0)
				lr = acc_full(cf, "From", user, "", &val, tr);
			if (lr == 0)
				lr = acc_domain(cf, "From", host, 1, &val, tr);
		} else
			lr = acc_full(cf, "From", user, "", &val, tr);
		free(ua);
		if (lr == 1)
			k = acc_class(val, &st, &tx);
		else if (lr == -1)
			k = A_TMPF;
		free(val);
		if (k != A_NONE)
			marker = M_ACC;
	}
	if (marker == M_UNK && !hp) {
		if (*c->addr == '\0' || (cf->features & PF_ACCEPT_UNQUALIFIED)) {
			ptrace_add(tr, "check_mail: unqualified sender from a "
			    "local submission: ok");
			goto out;
		}
		tx = xasprintf("\"553 Domain name required for sender "
		    "address \" %s", f);
		res_set(r, R_ERROR, "5.5.4", tx);
		free(tx);
		tx = NULL;
		goto out;
	}
	switch (marker) {
	case M_TEMP:
		tx = xasprintf("\"451 Domain of sender address \" %s \" does "
		    "not resolve\"", f);
		res_set(r, R_ERROR, "4.1.8", tx);
		free(tx);
		tx = NULL;
		break;
	case M_PERM:
		tx = xasprintf("\"553 Domain of sender address \" %s \" does "
		    "not exist\"", f);
		res_set(r, R_ERROR, "5.1.8", tx);
		free(tx);
		tx = NULL;
		break;
	case M_ACC:
		if (k == A_OK || k == A_RELAY) {
			ptrace_add(tr, "check_mail: access says %s",
			    k == A_OK ? "OK" : "RELAY");
			res_set(r, R_ACCEPT, NULL, k == A_OK ? "OK" : "RELAY");
			free(st);
			free(tx);
			st = tx = NULL;
			break;
		}
		acc_dispose(k, st, tx, "5.7.1", "\"550 Access denied\"", r);
		st = tx = NULL;
		break;
	default:
		if (hp && (cf->features2 & PF2_BADMX))
			badmx(cf, host, r, tr);
		break;
	}
out:
	free(st);
	free(tx);
	free(user);
	free(host);
	paddr_free(&pa);
}

static int
relay_domain(const struct policy_config *cf, const char *host)
{
	if (cf->features & PF_RELAY_HOSTS_ONLY)
		return pclass_has(&cf->cR, host);
	return class_suffix(&cf->cR, host);
}

/* ParseRecipient: strip relayable hosts from routed local parts. */
static void
parse_recipient(const struct policy_config *cf, const char *rcpt,
    struct paddr *pa, struct ptrace *tr, int depth)
{
	char *host, *val = NULL, *st, *tx, *l;
	int relay = 0, k;
	struct paddr sub;

	canon_addr(cf, rcpt, pa, tr);
	pa->dot = 0;
	if (pa->local.n == 1) {
		struct toks t = TOKS_INIT;
		size_t len = strlen(pa->local.v[0]);

		if (len > 2 && pa->local.v[0][0] == '"' &&
		    pa->local.v[0][len - 1] == '"' &&
		    strpbrk(pa->local.v[0] + 1, " \t<>()\\") == NULL) {
			char *in = xstrndup(pa->local.v[0] + 1, len - 2);

			tok_split(&t, in);
			free(in);
			tok_free(&pa->local);
			pa->local = t;
		}
	}
	if (!pa->has_host || pa->host.n == 0 || depth > 20 ||
	    (cf->features & PF_LOOSE_RELAY))
		return;
	for (k = 0; k < pa->local.n; k++)
		if (tok_is_op(pa->local.v[k], cf->operators))
			break;
	if (k == pa->local.n)
		return;
	host = paddr_host(pa);
	if (((cf->features & PF_RELAY_ENTIRE_DOMAIN) &&
	    class_suffix(&cf->cm, host)) || relay_domain(cf, host))
		relay = 1;
	else if (cf->access != NULL && (cf->features & PF_RELAY_HOSTS_ONLY)) {
		if (acc_one(cf, "To", host, 1, &val, tr) == 1) {
			k = acc_class(val, &st, &tx);
			relay = k == A_RELAY;
			free(st);
			free(tx);
		}
	} else if (cf->access != NULL &&
	    acc_domain(cf, "To", host, 1, &val, tr) == 1) {
		k = acc_class(val, &st, &tx);
		relay = k == A_RELAY;
		free(st);
		free(tx);
	}
	free(val);
	free(host);
	if (!relay)
		return;
	l = paddr_local(pa);
	ptrace_add(tr, "check_rcpt: %s is a relay domain: judging \"%s\"",
	    "the host", l);
	parse_recipient(cf, l, &sub, tr, depth + 1);
	free(l);
	paddr_free(pa);
	*pa = sub;
}

/* Rcpt_ok: R_RELAY, R_NONE (remote), or a $# result. */
static void
rcpt_ok(const struct policy_config *cf, const struct policy_client *c,
    const char *rcpt, struct res *r, struct ptrace *tr)
{
	struct paddr pa;
	char *user, *host = NULL, *val = NULL, *st, *tx;
	int lr, k, ours = 0;

	parse_recipient(cf, rcpt, &pa, tr, 0);
	user = paddr_local(&pa);
	if (pa.has_host && pa.host.n > 0) {
		host = paddr_host(&pa);
		ours = pclass_has(&cf->cw, host);
	}
	if ((cf->features & PF_BLOCKLIST_RCPT) && cf->access != NULL) {
		lr = 0;
		st = tx = NULL;
		if (host != NULL) {
			lr = acc_full(cf, "To", user, host, &val, tr);
			if (lr == 0 && ours)
				lr = acc_full(cf, "To", user, "", &val, tr);
			if (lr == 0)
				lr = acc_domain(cf, "To", host, 1, &val, tr);
		} else
			lr = acc_full(cf, "To", user, "", &val, tr);
		k = lr == 1 ? acc_class(val, &st, &tx) : lr == -1 ? A_TMPF :
		    A_NONE;
		if (lr == 0)
			st = tx = NULL;
		free(val);
		val = NULL;
		if (k == A_OK || k == A_RELAY || k == A_SKIP) {
			free(st);
			free(tx);
		} else {
			acc_dispose(k, st, tx, "5.2.1", "\"550 Mailbox "
			    "disabled for this recipient\"", r);
			if (r->kind != R_NONE)
				goto out;
		}
	}
	if (*c->auth_type != '\0' && pclass_has(&cf->trust_auth,
	    c->auth_type)) {
		ptrace_add(tr, "check_rcpt: AUTH %s is trusted "
		    "(TRUST_AUTH_MECH): relaying allowed", c->auth_type);
		res_set(r, R_ACCEPT, NULL, "RELAY");
		goto out;
	}
	if ((cf->nouucp_reject && tok_find(&pa.local, "!", 0, pa.local.n)
	    >= 0) || (cf->nopercent_reject &&
	    tok_find(&pa.local, "%", 0, pa.local.n) >= 0)) {
		ptrace_add(tr, "check_rcpt: routed local part with "
		    "nouucp/nopercenthack reject: remote");
		goto out;
	}
	if (host != NULL) {
		if (ours) {
			ptrace_add(tr, "check_rcpt: %s is in $=w: local", host);
			res_set(r, R_RELAY, NULL, NULL);
			goto out;
		}
		if (relay_domain(cf, host) ||
		    ((cf->features & PF_RELAY_ENTIRE_DOMAIN) &&
		    class_suffix(&cf->cm, host))) {
			ptrace_add(tr, "check_rcpt: %s is a relay domain "
			    "($=R)", host);
			res_set(r, R_RELAY, NULL, NULL);
			goto out;
		}
		if (cf->access != NULL) {
			lr = 0;
			if (cf->features & PF_RELAYTOFULLADDRESS) {
				char *ua = xasprintf("%s@%s", user, host);

				if (cf->features & PF_RELAY_HOSTS_ONLY)
					lr = acc_one(cf, "To", ua, 0, &val,
					    tr);
				else
					lr = acc_full(cf, "To", user, host,
					    &val, tr);
				free(ua);
			}
			if (lr != 0)
				;
			else if (cf->features & PF_RELAY_HOSTS_ONLY)
				lr = acc_one(cf, "To", host, 1, &val, tr);
			else {
				lr = acc_domain(cf, "To", host, 1, &val, tr);
				if (lr == 0 && (cf->features &
				    PF_RELAYTOFULLADDRESS))
					lr = acc_full(cf, "To", user, "",
					    &val, tr);
			}
			if (lr == 1) {
				k = acc_class(val, &st, &tx);
				free(st);
				free(tx);
				if (k == A_RELAY) {
					ptrace_add(tr, "check_rcpt: access "
					    "To: RELAY");
					res_set(r, R_RELAY, NULL, NULL);
				}
			} else if (lr == -1)
				res_set(r, R_TEMP, "4.3.0", "\"451 Temporary "
				    "system failure. Please try again "
				    "later.\"");
			free(val);
		}
		if (r->kind == R_NONE && (cf->features2 & PF2_RELAY_MX))
			relay_mx(cf, host, r, tr);
		if (r->kind == R_NONE)
			ptrace_add(tr, "check_rcpt: %s is not a local or "
			    "relay domain", host);
	} else {
		ptrace_add(tr, "check_rcpt: unqualified recipient: local");
		res_set(r, R_RELAY, NULL, NULL);
	}
out:
	free(user);
	free(host);
	paddr_free(&pa);
}

/* relay_local_from / relay_mail_from: the sender ($f) may relay. */
static int
relay_from(const struct policy_config *cf, const char *f, struct res *r,
    struct ptrace *tr)
{
	struct paddr pa;
	char *user, *host, *val = NULL, *st, *tx;
	int lr = 0, k, done = 0;

	canon_addr(cf, f, &pa, tr);
	if (!pa.has_host || pa.host.n == 0) {
		paddr_free(&pa);
		return 0;
	}
	user = paddr_local(&pa);
	host = paddr_host(&pa);
	if ((cf->features & PF_RELAY_LOCAL_FROM) &&
	    pclass_has(&cf->cw, host)) {
		ptrace_add(tr, "relay: sender domain %s is ours "
		    "(relay_local_from)", host);
		res_set(r, R_RELAY, NULL, NULL);
		done = 1;
	} else if ((cf->features & PF_RELAY_MAIL_FROM) && cf->access != NULL) {
		char *ua = xasprintf("%s@%s", user, host);

		lr = acc_fullp(cf, "From", user, host, 0, &val, tr);
		if (lr == 0 && (cf->features & PF_RELAY_MAIL_FROM_DOM)) {
			if (cf->features & PF_RELAY_HOSTS_ONLY)
				lr = acc_one(cf, "From", host, 0, &val, tr);
			else
				lr = acc_domain(cf, "From", host, 0, &val, tr);
		}
		free(ua);
		if (lr == 1) {
			k = acc_class(val, &st, &tx);
			free(st);
			free(tx);
			if (k == A_RELAY) {
				ptrace_add(tr, "relay: access From: RELAY "
				    "(relay_mail_from)");
				res_set(r, R_RELAY, NULL, NULL);
				done = 1;
			}
		} else if (lr == -1) {
			res_set(r, R_TEMP, "4.3.0", "\"451 Temporary system "
			    "failure. Please try again later.\"");
			done = 1;
		}
		free(val);
	}
	free(user);
	free(host);
	paddr_free(&pa);
	return done;
}

/* Relay_ok: may this client relay? */
static void
relay_ok(const struct policy_config *cf, const struct policy_client *c,
    const char *f, struct res *r, struct ptrace *tr)
{
	char *val = NULL, *st, *tx, *b, *name, *canon = NULL;
	int lr, k;
	size_t len;

	if (is_loopback(c->addr)) {
		ptrace_add(tr, "relay: client %s is local: may relay",
		    *c->addr ? c->addr : "(none)");
		res_set(r, R_RELAY, NULL, NULL);
		return;
	}
	if (class_prefix(&cf->cR, c->addr)) {
		ptrace_add(tr, "relay: client %s is in $=R", c->addr);
		res_set(r, R_RELAY, NULL, NULL);
		return;
	}
	if (cf->access != NULL) {
		lr = acc_addr(cf, "Connect", c->addr, 1, &val, tr);
		if (lr == 1) {
			k = acc_class(val, &st, &tx);
			free(st);
			free(tx);
			free(val);
			val = NULL;
			if (k == A_RELAY) {
				ptrace_add(tr, "relay: access Connect: "
				    "RELAY for %s", c->addr);
				res_set(r, R_RELAY, NULL, NULL);
				return;
			}
		} else if (lr == -1) {
			res_set(r, R_TEMP, "4.3.0", "\"451 Temporary system "
			    "failure. Please try again later.\"");
			return;
		}
	}
	b = xasprintf("[%s]", c->addr);
	k = pclass_has(&cf->cw, b);
	free(b);
	if (k) {
		res_set(r, R_RELAY, NULL, NULL);
		return;
	}
	if ((cf->features & (PF_RELAY_LOCAL_FROM | PF_RELAY_MAIL_FROM)) &&
	    relay_from(cf, f, r, tr))
		return;
	if (strcmp(c->resolve, "TEMP") == 0) {
		tx = xasprintf("\"450 Relaying temporarily denied. Cannot "
		    "resolve PTR record for \" %s", c->addr);
		res_set(r, R_TEMP, "4.4.0", tx);
		free(tx);
		return;
	}
	if (strcmp(c->resolve, "FORGED") == 0 ||
	    strcmp(c->resolve, "FAIL") == 0) {
		tx = xasprintf("\"550 Relaying denied. IP name %s \" %s",
		    c->resolve[1] == 'O' ? "possibly forged" :
		    "lookup failed", c->name);
		res_set(r, R_ERROR, "5.7.1", tx);
		free(tx);
		return;
	}
	name = xstrdup(c->name);
	len = strlen(name);
	if (len > 0 && !(name[len - 1] == '.' || pclass_has(&cf->cP, name +
	    (strrchr(name, '.') ? strrchr(name, '.') - name + 1 : 0)))) {
		if (resolver_canon(cf->res, name, &canon) == 1) {
			free(name);
			name = canon;
		}
	}
	len = strlen(name);
	while (len > 0 && name[len - 1] == '.')
		name[--len] = '\0';
	if (pclass_has(&cf->cw, name) || relay_domain(cf, name) ||
	    ((cf->features & PF_RELAY_ENTIRE_DOMAIN) &&
	    class_suffix(&cf->cm, name))) {
		ptrace_add(tr, "relay: client name %s is ours or in $=R",
		    name);
		res_set(r, R_RELAY, NULL, NULL);
		free(name);
		return;
	}
	if (cf->access != NULL) {
		if (cf->features & PF_RELAY_HOSTS_ONLY)
			lr = acc_one(cf, "Connect", name, 1, &val, tr);
		else
			lr = acc_domain(cf, "Connect", name, 1, &val, tr);
		if (lr == 1) {
			k = acc_class(val, &st, &tx);
			free(st);
			free(tx);
			if (k == A_RELAY)
				res_set(r, R_RELAY, NULL, NULL);
		} else if (lr == -1)
			res_set(r, R_TEMP, "4.3.0", "\"451 Temporary system "
			    "failure. Please try again later.\"");
		free(val);
	}
	free(name);
	/* block_bad_helo without delay_checks ends Relay_ok */
	if (r->kind == R_NONE && (cf->features2 & PF2_BLOCK_BAD_HELO) &&
	    !(cf->features & PF_DELAY_CHECKS))
		bad_helo(cf, c, r, tr);
}

/* check_rcpt (Basic_check_rcpt). */
static void
check_rcpt(const struct policy_config *cf, const struct policy_client *c,
    const char *rcpt, const char *f, struct res *r, struct ptrace *tr)
{
	struct res ro = { 0, NULL, NULL }, rl = { 0, NULL, NULL };
	char *raw;

	ptrace_add(tr, "check_rcpt %s", rcpt);
	{
		struct reqmac rm = { cf, c, f, "", "e r", "d" };

		if (local_hook(cf, "Local_check_rcpt", rcpt, &rm, r, tr))
			return;
	}
	raw = strip_angles(rcpt);
	if (*raw == '\0') {
		res_set(r, R_ERROR, "nouser", "\"553 User address required\"");
		free(raw);
		return;
	}
	free(raw);
	if (cf->delivery_mode == 'd')
		return;
	tr != NULL ? tr->depth++ : 0;
	rcpt_ok(cf, c, rcpt, &ro, tr);
	tr != NULL ? tr->depth-- : 0;
	if (ro.kind == R_RELAY || ro.kind == R_ACCEPT || ro.kind == R_ERROR ||
	    ro.kind == R_DISCARD || ro.kind == R_QUAR) {
		res_set(r, ro.kind, ro.status, ro.text);
		res_free(&ro);
		return;
	}
	if (cf->features & PF_PROMISCUOUS) {
		res_free(&ro);
		return;
	}
	tr != NULL ? tr->depth++ : 0;
	relay_ok(cf, c, f, &rl, tr);
	tr != NULL ? tr->depth-- : 0;
	if (rl.kind == R_TEMP || rl.kind == R_ERROR)
		res_set(r, R_ERROR, rl.status, rl.text);
	else if (rl.kind == R_RELAY)
		res_set(r, R_RELAY, NULL, "RELAY");
	else if (ro.kind == R_TEMP)
		res_set(r, R_ERROR, ro.status, ro.text);
	else if (cf->trust_auth.n > 0)
		res_set(r, R_ERROR, "5.7.1", "\"550 Relaying denied. Proper "
		    "authentication required.\"");
	else
		res_set(r, R_ERROR, "5.7.1", "\"550 Relaying denied\"");
	res_free(&ro);
	res_free(&rl);
}

static int
is_dsn(const char *s, size_t *len)
{
	const char *p = s;
	int part;

	for (part = 0; part < 3; part++) {
		if (!isdigit((unsigned char)*p))
			return 0;
		while (isdigit((unsigned char)*p))
			p++;
		if (part < 2) {
			if (*p != '.')
				return 0;
			p++;
		}
	}
	*len = p - s;
	return *p == '\0' || *p == ' ';
}

/* The SMTP reply sendmail derives from $#error $@ status $: text. */
static char *
format_error(const char *status, const char *qtext)
{
	struct toks t = TOKS_INIT;
	char *joined, *text, *out;
	const char *rest, *dsn;
	char code[4], dsnbuf[32];
	size_t dl;

	/* the text is a token list: cataddr() it, then drop the quotes */
	tok_split(&t, qtext);
	joined = tok_joins(&t, 0, t.n);
	tok_free(&t);
	text = dequote_text(joined);
	free(joined);
	if (isdigit((unsigned char)text[0]) &&
	    isdigit((unsigned char)text[1]) &&
	    isdigit((unsigned char)text[2]) &&
	    (text[3] == ' ' || text[3] == '\0')) {
		memcpy(code, text, 3);
		code[3] = '\0';
		rest = text[3] == ' ' ? text + 4 : text + 3;
		if (is_dsn(rest, &dl)) {
			snprintf(dsnbuf, sizeof(dsnbuf), "%.*s", (int)dl, rest);
			dsn = dsnbuf;
			rest += dl;
			if (*rest == ' ')
				rest++;
		} else if (status != NULL && is_dsn(status, &dl) &&
		    status[dl] == '\0')
			dsn = status;
		else {
			snprintf(dsnbuf, sizeof(dsnbuf), "%c.0.0", code[0]);
			dsn = dsnbuf;
		}
	} else {
		strcpy(code, "553");
		dsn = "5.3.0";
		rest = text;
	}
	out = xasprintf("%s %s %s %s", code[0] == '4' ? "tempfail" : "reject",
	    code, dsn, rest);
	free(text);
	return out;
}

struct stage {
	int	discard;
	int	quarantine;
	char	*qtext;
};

/* Folds one stage's result; returns a final verdict or NULL. */
static char *
fold(struct stage *s, struct res *r)
{
	char *v = NULL;

	switch (r->kind) {
	case R_ERROR:
	case R_TEMP:
		v = format_error(r->status, r->text);
		if (strcmp(r->status ? r->status : "", "quarantine") == 0) {
			free(v);
			v = NULL;
			if (!s->quarantine) {
				s->quarantine = 1;
				s->qtext = dequote_text(r->text);
			}
		}
		break;
	case R_DISCARD:
		s->discard = 1;
		break;
	case R_QUAR:
		if (!s->quarantine) {
			s->quarantine = 1;
			s->qtext = dequote_text(r->text);
		}
		break;
	default:
		break;
	}
	res_free(r);
	return v;
}

/*
 * delay_checks friend/hater: Spam: lookups of the recipient (tag only).
 * Returns 1 when the sender and client checks must still run.
 */
static int
spam_friend(const struct policy_config *cf, const char *rcpt,
    struct ptrace *tr)
{
	struct paddr pa;
	char *user, *host, *val = NULL, *st, *tx;
	int lr, k = A_NONE, friend;

	if (cf->access == NULL)
		return 1;
	canon_addr(cf, rcpt, &pa, tr);
	user = paddr_local(&pa);
	host = pa.has_host && pa.host.n > 0 ? paddr_host(&pa) :
	    xstrdup(cf->j);
	lr = acc_fullp(cf, "Spam", user, host, 0, &val, tr);
	if (lr == 0)
		lr = acc_domain(cf, "Spam", host, 0, &val, tr);
	if (lr == 0 && pclass_has(&cf->cw, host))
		lr = acc_fullp(cf, "Spam", user, "", 0, &val, tr);
	if (lr == 1) {
		struct toks t = TOKS_INIT;

		tok_split(&t, val);
		if (t.n == 1 && strcasecmp(t.v[0], "FRIEND") == 0)
			k = 1;
		else if (t.n == 1 && strcasecmp(t.v[0], "HATER") == 0)
			k = 2;
		tok_free(&t);
	}
	(void)st;
	(void)tx;
	free(val);
	free(user);
	free(host);
	paddr_free(&pa);
	if (cf->delay_mode == 'f') {
		friend = k == 1;
		if (friend)
			ptrace_add(tr, "delay_checks: the recipient is a "
			    "spam friend: no sender/client checks");
		return !friend;
	}
	if (k != 2)
		ptrace_add(tr, "delay_checks: the recipient is no spam "
		    "hater: no sender/client checks");
	return k == 2;
}

/* $f: the sender after rulesets 3, 1 and 4. */
static char *
sender_macro(const struct policy_config *cf, const char *from)
{
	struct paddr pa;
	char *f;

	canonify(cf, from, &pa, NULL);
	local_rule12(cf, &pa, 1, NULL);
	f = pa.null ? xstrdup("<>") : paddr_final(cf, &pa);
	paddr_free(&pa);
	return f;
}

char *
policy_check(const struct policy_config *cf, const struct policy_client *c,
    const char *from, const char *rcpt, struct ptrace *tr)
{
	static const struct policy_counts unset = { 0, 0 };

	return policy_check_counts(cf, c, &unset, from, rcpt, tr);
}

char *
policy_check_counts(const struct policy_config *cf,
    const struct policy_client *c, const struct policy_counts *n,
    const char *from, const char *rcpt, struct ptrace *tr)
{
	struct stage st = { 0, 0, NULL };
	struct res r = { 0, NULL, NULL };
	struct policy_route pr;
	char *v = NULL, *f, *q;

	if ((cf->features & PF_CHECK_RELAY) &&
	    !(cf->features & PF_DELAY_CHECKS)) {
		check_relay(cf, c, n, &r, tr);
		if ((v = fold(&st, &r)) != NULL)
			goto done;
	} else if (cf->features2 & (PF2_RATE_NOW | PF2_CONN_NOW)) {
		/* delay_checks with `nodelay' controls: a check_relay of
		   their own at connection time */
		ptrace_add(tr, "connect from %s [%s]: check_relay (nodelay "
		    "rate/connection controls)", c->name, c->addr);
		if ((cf->features2 & PF2_RATE_NOW) &&
		    !control(cf, c, n, 1, &r, tr) &&
		    (cf->features2 & PF2_CONN_NOW))
			control(cf, c, n, 0, &r, tr);
		else if (!(cf->features2 & PF2_RATE_NOW))
			control(cf, c, n, 0, &r, tr);
		if ((v = fold(&st, &r)) != NULL)
			goto done;
	}
	ptrace_add(tr, "MAIL FROM:%s: the sender must parse (rulesets 3,0)",
	    from);
	policy_route(cf, from, &pr, tr);
	if (pr.kind == PR_ERROR) {
		v = format_error(pr.host, pr.user);
		policy_route_free(&pr);
		goto done;
	}
	policy_route_free(&pr);
	f = sender_macro(cf, from);
	q = xasprintf("<%s>", from);
	if (strchr(from, '<') != NULL) {
		free(q);
		q = xstrdup(from);
	}
	if (!(cf->features & PF_DELAY_CHECKS)) {
		check_mail(cf, c, q, f, &r, tr);
		v = fold(&st, &r);
	}
	if (v != NULL) {
		free(f);
		free(q);
		goto done;
	}
	ptrace_add(tr, "RCPT TO:%s: the recipient must parse (rulesets 3,0)",
	    rcpt);
	policy_route(cf, rcpt, &pr, tr);
	if (pr.kind == PR_ERROR) {
		v = format_error(pr.host, pr.user);
		policy_route_free(&pr);
		free(f);
		free(q);
		goto done;
	}
	policy_route_free(&pr);
	{
		char *rq = strchr(rcpt, '<') != NULL ? xstrdup(rcpt) :
		    xasprintf("<%s>", rcpt);

		int go_on;

		check_rcpt(cf, c, rq, f, &r, tr);
		/* delay_checks: a $# other than error/discard ends it */
		go_on = r.kind == R_NONE || r.kind == R_RELAY;
		if (r.kind == R_ACCEPT || r.kind == R_NONE || r.kind == R_RELAY)
			res_free(&r);
		else if ((v = fold(&st, &r)) != NULL) {
			free(rq);
			free(f);
			free(q);
			goto done;
		}
		if ((cf->features & PF_DELAY_CHECKS) && go_on &&
		    cf->delay_mode != 0)
			go_on = spam_friend(cf, rcpt, tr);
		if ((cf->features & PF_DELAY_CHECKS) && go_on) {
			/* the sender and client checks run at RCPT */
			char *fq = xasprintf("<%s>", f);

			ptrace_add(tr, "delay_checks: sender and client "
			    "checks run now");
			check_mail(cf, c, fq, f, &r, tr);
			free(fq);
			if (r.kind == R_NONE) {
				check_relay(cf, c, n, &r, tr);
				if (r.kind == R_NONE &&
				    (cf->features2 & PF2_BLOCK_BAD_HELO))
					bad_helo(cf, c, &r, tr);
				v = fold(&st, &r);
			} else if (r.kind == R_ACCEPT)
				res_free(&r);
			else
				v = fold(&st, &r);
		}
		free(rq);
	}
	free(f);
	free(q);
done:
	if (v == NULL) {
		if (st.discard)
			v = xstrdup("discard");
		else if (st.quarantine)
			v = xasprintf("quarantine %s", st.qtext);
		else
			v = xstrdup("accept");
	}
	free(st.qtext);
	return v;
}
