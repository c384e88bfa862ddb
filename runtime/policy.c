/*
 * policy.c -- struct policy_config housekeeping and classes.  The
 * decisions live in route.c (3,0), check.c (check_*), masq.c (rewrite).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"

void
pclass_add(struct pclass *c, const char *s)
{
	if (*s == '\0' || pclass_has(c, s))
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 8;
		c->v = xreallocarray(c->v, c->cap, sizeof(*c->v));
	}
	c->v[c->n++] = xstrdup(s);
}

int
pclass_has(const struct pclass *c, const char *s)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcasecmp(c->v[i], s) == 0)
			return 1;
	return 0;
}

void
pclass_free(struct pclass *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		free(c->v[i]);
	free(c->v);
	memset(c, 0, sizeof(*c));
}

void
policy_config_init(struct policy_config *cf)
{
	memset(cf, 0, sizeof(*cf));
	cf->cf = xstrdup("");
	cf->w = xstrdup("");
	cf->j = xstrdup("");
	cf->m = xstrdup("");
	cf->smart_host = xstrdup("");
	cf->mail_hub = xstrdup("");
	cf->local_relay = xstrdup("");
	cf->luser_relay = xstrdup("");
	cf->masq_as = xstrdup("");
	cf->operators = xstrdup("@%!");
	cf->delivery_mode = 'b';
}

void
policy_config_free(struct policy_config *cf)
{
	size_t i;

	free(cf->cf);
	free(cf->w);
	free(cf->j);
	free(cf->m);
	free(cf->smart_host);
	free(cf->mail_hub);
	free(cf->local_relay);
	free(cf->luser_relay);
	free(cf->masq_as);
	free(cf->operators);
	pclass_free(&cf->cw);
	pclass_free(&cf->cR);
	pclass_free(&cf->cM);
	pclass_free(&cf->cN);
	pclass_free(&cf->cE);
	pclass_free(&cf->cG);
	pclass_free(&cf->cL);
	pclass_free(&cf->cP);
	pclass_free(&cf->cm);
	pclass_free(&cf->virthost);
	pclass_free(&cf->trust_auth);
	pclass_free(&cf->resok);
	pmap_close(cf->access);
	pmap_close(cf->virtuser);
	pmap_close(cf->mailertable);
	pmap_close(cf->generics);
	for (i = 0; i < cf->ndnsbl; i++) {
		free(cf->dnsbl[i].zone);
		free(cf->dnsbl[i].msg);
	}
	free(cf->dnsbl);
	resolver_close(cf->res);
	memset(cf, 0, sizeof(*cf));
}
