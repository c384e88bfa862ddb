/*
 * masq.c -- how a mailer writes an address (rewrite mode): ruleset 3,
 * then the mailer's sender or recipient rewriting (envelope or header),
 * then ruleset 4.  This is where MASQUERADE_AS, MASQUERADE_DOMAIN,
 * EXPOSED_USER, masquerade_envelope, allmasquerade and genericstable show
 * (features.md A.3, maps.md 6).
 *
 * Mailers known: the SMTP family (smtp, esmtp, smtp8, dsmtp, relay) and
 * the local family (local, prog) as MAILER(smtp)/MAILER(local) define
 * them.  An unqualified address is marked *LOCAL* by the SMTP mailers;
 * masquerading turns that into $M (or $j without MASQUERADE_AS).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/paddr.h"
#include "runtime/rewrite.h"

#define LOCALMARK	"*LOCAL*"

static int
is_local_mark(const struct paddr *pa)
{
	return pa->has_host && pa->host.n == 1 &&
	    strcmp(pa->host.v[0], LOCALMARK) == 0;
}

static void
set_host(struct paddr *pa, const char *h, int dot)
{
	tok_clear(&pa->host);
	tok_split(&pa->host, h);
	pa->has_host = 1;
	pa->dot = dot;
}

static int
glook(const struct policy_config *cf, const char *key, const char *arg,
    char **out, struct ptrace *tr)
{
	char *val = NULL;
	struct strbuf sb = STRBUF_INIT;
	const char *p;

	if (maplook(cf->generics, key, &val, tr) != 1)
		return 0;
	for (p = val; *p != '\0'; p++) {
		if (*p == '%' && p[1] == '%') {
			strbuf_addc(&sb, '%');
			p++;
		} else if (*p == '%' && p[1] >= '0' && p[1] <= '9') {
			if (p[1] == '1' && arg != NULL)
				strbuf_adds(&sb, arg);
			else if (p[1] == '0')
				strbuf_adds(&sb, key);
			p++;
		} else
			strbuf_addc(&sb, *p);
	}
	free(val);
	*out = sb.buf != NULL ? strbuf_detach(&sb, NULL) : xstrdup("");
	return 1;
}

/*
 * genericstable (maps.md 6), for $=G domains and unqualified (*LOCAL*)
 * addresses.  Returns 0 no entry, 1 replaced by a qualified address (no
 * more masquerading), 2 replaced by an unqualified one (masquerading
 * goes on).
 */
static int
generics(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	char *user, *host, *key, *val = NULL, *plus, *base, *det, *in;
	int found = 0, local = is_local_mark(pa), r;
	struct paddr np;

	if (cf->generics == NULL || !pa->has_host || pa->host.n == 0)
		return 0;
	host = local ? xstrdup(cf->j) : paddr_host(pa);
	if (!local && !(pa->dot && (pclass_has(&cf->cG, host) ||
	    ((cf->features & PF_GENERICS_ENTIRE) &&
	    class_suffix(&cf->cG, host))))) {
		free(host);
		return 0;
	}
	user = paddr_local(pa);
	plus = strchr(user, '+');
	if (plus == user)
		plus = NULL;
	base = plus ? xstrndup(user, plus - user) : xstrdup(user);
	det = plus ? xstrdup(plus + 1) : xstrdup("");
	key = xasprintf("%s@%s", user, host);
	found = glook(cf, key, NULL, &val, tr);
	free(key);
	if (!found && plus) {
		key = xasprintf("%s+*@%s", base, host);
		found = glook(cf, key, det, &val, tr);
		free(key);
		if (!found) {
			key = xasprintf("%s@%s", base, host);
			found = glook(cf, key, NULL, &val, tr);
			free(key);
		}
	}
	if (!found && !local) {
		key = xasprintf("@%s", host);
		found = glook(cf, key, user, &val, tr);
		free(key);
	}
	if (!found)
		found = glook(cf, user, NULL, &val, tr);
	if (!found && plus) {
		key = xasprintf("%s+*", base);
		found = glook(cf, key, det, &val, tr);
		free(key);
		if (!found)
			found = glook(cf, base, NULL, &val, tr);
	}
	r = 0;
	if (found) {
		r = strchr(val, '@') != NULL ? 1 : 2;
		in = r == 1 ? xstrdup(val) : xasprintf("%s@%s", val, LOCALMARK);
		canonify(cf, in, &np, tr);
		free(in);
		paddr_free(pa);
		*pa = np;
		if (r == 2)
			set_host(pa, LOCALMARK, 0);
		ptrace_add(tr, "genericstable: rewritten to %s", val);
	}
	free(val);
	free(user);
	free(host);
	free(base);
	free(det);
	return r;
}

/* MasqHdr (ruleset 93). */
static void
masq_hdr(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	char *h, *u;
	int local, inM, inW;

	if ((cf->features & PF_GENERICS) && generics(cf, pa, tr) == 1)
		return;
	if (!pa->has_host || pa->null)
		return;
	local = is_local_mark(pa);
	h = paddr_host(pa);
	if (!local && pa->dot && class_suffix(&cf->cN, h)) {
		ptrace_add(tr, "masquerade: %s is in $=N: never", h);
		free(h);
		return;
	}
	u = paddr_local(pa);
	inM = !local && pa->dot && (pclass_has(&cf->cM, h) ||
	    ((cf->features & PF_MASQ_ENTIRE) && class_suffix(&cf->cM, h)));
	inW = !local && pa->dot && pclass_has(&cf->cw, h) &&
	    !(cf->features & PF_LIMITED_MASQ);
	if (pclass_has(&cf->cE, u) && pa->local.n == 1) {
		if (local) {
			ptrace_add(tr, "masquerade: %s is an EXPOSED_USER", u);
			set_host(pa, cf->j, 1);
		}
		if (local || inM || pclass_has(&cf->cw, h)) {
			free(h);
			free(u);
			return;
		}
	}
	if (local || inM || inW) {
		if (*cf->masq_as != '\0') {
			ptrace_add(tr, "masquerade: %s -> %s (MASQUERADE_AS, "
			    "%s:%d)", local ? "unqualified" : h, cf->masq_as,
			    cf->masq_at.file, cf->masq_at.line);
			set_host(pa, cf->masq_as, 1);
		} else if (local)
			set_host(pa, cf->j, 1);
	}
	free(h);
	free(u);
}

static void
masq_env(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	if (cf->features & PF_MASQ_ENVELOPE)
		masq_hdr(cf, pa, tr);
	else if (is_local_mark(pa))
		set_host(pa, cf->j, 1);
}

/* MasqSMTP: qualify unqualified names with *LOCAL*. */
static void
masq_smtp(struct paddr *pa)
{
	if (!pa->has_host && !pa->null && pa->local.n > 0)
		set_host(pa, LOCALMARK, 0);
}

/* The mailer rewriting rulesets of MAILER(smtp) and MAILER(local). */
enum mrs { ENV_FROM_SMTP, HDR_FROM_SMTP, ENV_TO_SMTP, MASQ_SMTP,
	MASQ_RELAY, ENV_FROM_L, HDR_FROM_L, ENV_TO_L, HDR_TO_L };

static enum mrs
mailer_ruleset(const struct policy_config *cf, int family, int hdr,
    int sender)
{
	int all = (cf->features & PF_ALLMASQUERADE) != 0;

	switch (family) {
	case 0:		/* smtp, esmtp, smtp8, dsmtp */
		if (sender)
			return hdr ? HDR_FROM_SMTP : ENV_FROM_SMTP;
		return hdr && all ? HDR_FROM_SMTP : ENV_TO_SMTP;
	case 1:		/* relay */
		if (sender)
			return hdr ? HDR_FROM_SMTP : ENV_FROM_SMTP;
		return hdr && all ? MASQ_RELAY : MASQ_SMTP;
	default:	/* local, prog */
		if (sender)
			return hdr ? HDR_FROM_L : ENV_FROM_L;
		return hdr ? HDR_TO_L : ENV_TO_L;
	}
}

static void
add_domain(const struct policy_config *cf, struct paddr *pa)
{
	if ((cf->features & PF_ALWAYS_ADD_DOMAIN) && !pa->has_host &&
	    pa->local.n > 0)
		set_host(pa, LOCALMARK, 0);
}

static void
local_to_j(const struct policy_config *cf, struct paddr *pa)
{
	if (is_local_mark(pa))
		set_host(pa, cf->j, 1);
}

/*
 * Ruleset 1 (sender, LOCAL_RULE_1) or 2 (recipient, LOCAL_RULE_2): what
 * sendmail runs between ruleset 3 and the mailer's own ruleset.
 */
void
local_rule12(const struct policy_config *cf, struct paddr *pa, int sender,
    struct ptrace *tr)
{
	struct toks ws = TOKS_INIT;
	struct reqmac rm = { cf, NULL, "", "", sender ? "e s" : "e r", "t" };
	int set = rw_find(cf->rw, sender ? "1" : "2");

	if (set < 0 || rw_nrules(cf->rw, set) == 0 || pa->null)
		return;
	ptrace_add(tr, "ruleset %d (LOCAL_RULE_%d)", sender ? 1 : 2,
	    sender ? 1 : 2);
	paddr_to_toks(pa, &ws);
	rw_run(cf->rw, cf, set, &ws, req_macro, &rm, tr);
	paddr_free(pa);
	paddr_from_toks(cf, &ws, pa);
	if (pa->has_host)
		pa->has_host = 1;
	tok_free(&ws);
}

char *
policy_rewrite(const struct policy_config *cf, const char *mailer,
    const char *flags, const char *addr, struct ptrace *tr)
{
	struct paddr pa;
	int family;
	char *out;
	struct strbuf sb = STRBUF_INIT;

	if (strcmp(mailer, "smtp") == 0 || strcmp(mailer, "esmtp") == 0 ||
	    strcmp(mailer, "smtp8") == 0 || strcmp(mailer, "dsmtp") == 0)
		family = 0;
	else if (strcmp(mailer, "relay") == 0)
		family = 1;
	else if (strcmp(mailer, "local") == 0 || strcmp(mailer, "prog") == 0)
		family = 2;
	else
		return xstrdup("error unknown-mailer");
	if (family < 2 && !(cf->features & PF_HAS_SMTP))
		return xstrdup("error unknown-mailer");
	canonify(cf, addr, &pa, tr);
	if (pa.null) {
		const char *a = addr + strspn(addr, " ");

		paddr_free(&pa);
		/* the null sender in <> is written back as <> */
		if (a[0] == '<' && a[strlen(a) - 1] == '>')
			return xstrdup("<>");
		return xstrdup(family == 2 && flags[1] == 'S' ?
		    "MAILER-DAEMON" : "");
	}
	local_rule12(cf, &pa, flags[1] == 'S', tr);
	switch (mailer_ruleset(cf, family, flags[0] == 'H', flags[1] == 'S')) {
	case ENV_FROM_SMTP:
		masq_smtp(&pa);
		masq_env(cf, &pa, tr);
		break;
	case HDR_FROM_SMTP:
		/* null hosts and <@route> addresses pass through */
		if (pa.has_host && (pa.host.n == 0 || pa.local.n == 0))
			break;
		masq_smtp(&pa);
		masq_hdr(cf, &pa, tr);
		break;
	case ENV_TO_SMTP:
		masq_smtp(&pa);
		local_to_j(cf, &pa);
		break;
	case MASQ_SMTP:
		masq_smtp(&pa);
		break;
	case MASQ_RELAY:
		masq_smtp(&pa);
		masq_hdr(cf, &pa, tr);
		break;
	case ENV_FROM_L:
		add_domain(cf, &pa);
		masq_env(cf, &pa, tr);
		break;
	case HDR_FROM_L:
		add_domain(cf, &pa);
		masq_hdr(cf, &pa, tr);
		break;
	case ENV_TO_L:
		/* the local mailer gets the bare user */
		if (pa.local.n > 0)
			pa.has_host = 0;
		break;
	case HDR_TO_L:
		add_domain(cf, &pa);
		local_to_j(cf, &pa);
		if (cf->features & PF_ALLMASQUERADE)
			masq_hdr(cf, &pa, tr);
		break;
	}
	if (pa.has_host && pa.host.n == 0 && !pa.dot) {
		/* user<@>: ruleset 4 turns it into nothing */
		paddr_free(&pa);
		return xstrdup("");
	}
	if (is_local_mark(&pa))
		set_host(&pa, cf->j, 0);
	tok_join(&sb, &pa.local, 0, pa.local.n);
	if (pa.has_host) {
		strbuf_addc(&sb, '@');
		tok_join(&sb, &pa.host, 0, pa.host.n);
	}
	out = sb.buf != NULL ? strbuf_detach(&sb, NULL) : xstrdup("");
	paddr_free(&pa);
	/* what was around the address (<...>) is written back around it */
	while (*addr == ' ')
		addr++;
	if (addr[0] == '<' && addr[strlen(addr) - 1] == '>') {
		char *w = xasprintf("<%s>", out);

		free(out);
		out = w;
	}
	return out;
}
