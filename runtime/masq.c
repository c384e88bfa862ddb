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

/* genericstable (maps.md 6); 1 when the address was replaced. */
static int
generics(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	char *user, *host, *key, *val = NULL, *plus, *base, *det;
	int found = 0, local = is_local_mark(pa);
	struct paddr np;

	if (cf->generics == NULL || !pa->has_host)
		return 0;
	host = local ? xstrdup(cf->j) : paddr_host(pa);
	if (!local && !pclass_has(&cf->cG, host) &&
	    !((cf->features & PF_GENERICS_ENTIRE) &&
	    class_suffix(&cf->cG, host)) && !pclass_has(&cf->cw, host)) {
		free(host);
		return 0;
	}
	if (!local && !pa->dot && !pclass_has(&cf->cG, host)) {
		free(host);
		return 0;
	}
	user = paddr_local(pa);
	plus = strchr(user, '+');
	base = plus ? xstrndup(user, plus - user) : xstrdup(user);
	det = plus ? xstrdup(plus + 1) : xstrdup("");
	key = xasprintf("%s@%s", user, host);
	found = maplook(cf->generics, key, &val, tr) == 1;
	free(key);
	if (!found && plus) {
		key = xasprintf("%s+*@%s", base, host);
		found = maplook(cf->generics, key, &val, tr) == 1;
		free(key);
		if (!found) {
			key = xasprintf("%s@%s", base, host);
			found = maplook(cf->generics, key, &val, tr) == 1;
			free(key);
		}
	}
	if (!found && !local) {
		key = xasprintf("@%s", host);
		found = maplook(cf->generics, key, &val, tr) == 1;
		free(key);
	}
	if (!found)
		found = maplook(cf->generics, user, &val, tr) == 1;
	if (!found && plus) {
		key = xasprintf("%s+*", base);
		found = maplook(cf->generics, key, &val, tr) == 1;
		free(key);
		if (!found)
			found = maplook(cf->generics, base, &val, tr) == 1;
	}
	if (found) {
		struct strbuf sb = STRBUF_INIT;
		const char *p;

		for (p = val; *p != '\0'; p++) {
			if (*p == '%' && p[1] == '1') {
				strbuf_adds(&sb, plus ? det : user);
				p++;
			} else
				strbuf_addc(&sb, *p);
		}
		free(val);
		val = strbuf_detach(&sb, NULL);
		if (strchr(val, '@') == NULL) {
			char *q = xasprintf("%s@%s", val,
			    *cf->masq_as ? cf->masq_as : cf->j);

			free(val);
			val = q;
		}
		canonify(cf, val, &np, tr);
		paddr_free(pa);
		*pa = np;
		ptrace_add(tr, "genericstable: rewritten to %s", val);
	}
	free(val);
	free(user);
	free(host);
	free(base);
	free(det);
	return found;
}

/* MasqHdr (ruleset 93). */
static void
masq_hdr(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	char *h, *u;
	int local, inM, inW;

	if ((cf->features & PF_GENERICS) && generics(cf, pa, tr))
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

char *
policy_rewrite(const struct policy_config *cf, const char *mailer,
    const char *flags, const char *addr, struct ptrace *tr)
{
	struct paddr pa;
	int smtp, relay, local, hdr, sender;
	char *out;
	struct strbuf sb = STRBUF_INIT;

	smtp = strcmp(mailer, "smtp") == 0 || strcmp(mailer, "esmtp") == 0 ||
	    strcmp(mailer, "smtp8") == 0 || strcmp(mailer, "dsmtp") == 0;
	relay = strcmp(mailer, "relay") == 0;
	local = strcmp(mailer, "local") == 0 || strcmp(mailer, "prog") == 0;
	if ((!smtp && !relay && !local) || ((smtp || relay) &&
	    !(cf->features & PF_HAS_SMTP)))
		return xstrdup("error unknown-mailer");
	hdr = flags[0] == 'H';
	sender = flags[1] == 'S';
	canonify(cf, addr, &pa, tr);
	if (pa.null) {
		paddr_free(&pa);
		return xstrdup(local && sender ? "MAILER-DAEMON" : "");
	}
	if (smtp || relay) {
		if (sender || relay || (cf->features & PF_ALLMASQUERADE)) {
			if (sender && !hdr && !relay) {
				masq_smtp(&pa);
				masq_env(cf, &pa, tr);
			} else {
				masq_smtp(&pa);
				masq_hdr(cf, &pa, tr);
			}
		} else {
			masq_smtp(&pa);
			if (is_local_mark(&pa))
				set_host(&pa, cf->j, 1);
		}
	} else {
		if ((cf->features & PF_ALWAYS_ADD_DOMAIN) && !pa.has_host)
			set_host(&pa, LOCALMARK, 0);
		if (sender) {
			if (hdr)
				masq_hdr(cf, &pa, tr);
			else
				masq_env(cf, &pa, tr);
		} else if (!hdr) {
			/* EnvToL: the local mailer gets the bare user */
			pa.has_host = 0;
		} else if (is_local_mark(&pa))
			set_host(&pa, cf->j, 1);
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
	return out;
}
