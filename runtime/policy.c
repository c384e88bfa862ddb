/*
 * policy.c -- struct policy_config housekeeping and classes.  The
 * decisions live in route.c (3,0), check.c (check_*), masq.c (rewrite).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xalloc.h"
#include "runtime/pmap.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"
#include "runtime/rewrite.h"

static const struct {
	const char	*name;
	size_t		 off;
} fixed_classes[] = {
	{ "w", offsetof(struct policy_config, cw) },
	{ "R", offsetof(struct policy_config, cR) },
	{ "M", offsetof(struct policy_config, cM) },
	{ "N", offsetof(struct policy_config, cN) },
	{ "E", offsetof(struct policy_config, cE) },
	{ "G", offsetof(struct policy_config, cG) },
	{ "L", offsetof(struct policy_config, cL) },
	{ "P", offsetof(struct policy_config, cP) },
	{ "m", offsetof(struct policy_config, cm) },
	{ "VirtHost", offsetof(struct policy_config, virthost) },
	{ "TrustAuthMech", offsetof(struct policy_config, trust_auth) },
	{ "ResOk", offsetof(struct policy_config, resok) },
};

const struct pclass *
policy_class(const struct policy_config *cf, const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(fixed_classes) / sizeof(fixed_classes[0]); i++)
		if (strcmp(fixed_classes[i].name, name) == 0)
			return (const struct pclass *)((const char *)cf +
			    fixed_classes[i].off);
	for (i = 0; i < cf->nclasses; i++)
		if (strcmp(cf->classes[i].name, name) == 0)
			return &cf->classes[i].c;
	return NULL;
}

struct pclass *
policy_class_new(struct policy_config *cf, const char *name)
{
	const struct pclass *c = policy_class(cf, name);

	if (c != NULL)
		return (struct pclass *)c;
	cf->classes = xreallocarray(cf->classes, cf->nclasses + 1,
	    sizeof(*cf->classes));
	memset(&cf->classes[cf->nclasses], 0, sizeof(*cf->classes));
	cf->classes[cf->nclasses].name = xstrdup(name);
	return &cf->classes[cf->nclasses++].c;
}

const char *
policy_macro(const struct policy_config *cf, const char *name)
{
	const char *p = cf->macros, *end, *found = NULL;

	if (p == NULL)
		return NULL;
	end = p + cf->macros_len;
	while (p != NULL && p < end) {
		const char *v = p + strlen(p) + 1;

		if (strcmp(p, name) == 0)
			found = v;
		p = v + strlen(v) + 1;
	}
	return found;
}

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
	cf->rate_reply = 452;
	cf->conn_reply = 452;
}

struct pmap **
policy_omap_slot(struct policy_config *cf, const char *name)
{
	size_t i;

	for (i = 0; i < cf->nomaps; i++)
		if (strcmp(cf->omaps[i].name, name) == 0)
			return &cf->omaps[i].m;
	cf->omaps = xreallocarray(cf->omaps, cf->nomaps + 1,
	    sizeof(*cf->omaps));
	cf->omaps[cf->nomaps].name = xstrdup(name);
	cf->omaps[cf->nomaps].m = NULL;
	return &cf->omaps[cf->nomaps++].m;
}

struct pmap *
policy_omap(const struct policy_config *cf, const char *name)
{
	size_t i;

	for (i = 0; i < cf->nomaps; i++)
		if (strcmp(cf->omaps[i].name, name) == 0)
			return cf->omaps[i].m;
	return NULL;
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
	pmap_close(cf->domaintable);
	for (i = 0; i < cf->nomaps; i++) {
		pmap_close(cf->omaps[i].m);
		free(cf->omaps[i].name);
	}
	free(cf->omaps);
	free(cf->badmx_ip);
	pmap_close(cf->generics);
	for (i = 0; i < cf->ndnsbl; i++) {
		free(cf->dnsbl[i].zone);
		free(cf->dnsbl[i].hit);
		free(cf->dnsbl[i].tmp);
		pclass_free(&cf->dnsbl[i].answers);
	}
	free(cf->dnsbl);
	resolver_close(cf->res);
	resolver_close(cf->dns);
	rw_free(cf->rw);
	for (i = 0; i < cf->nclasses; i++) {
		free(cf->classes[i].name);
		pclass_free(&cf->classes[i].c);
	}
	free(cf->classes);
	free(cf->macros);
	memset(cf, 0, sizeof(*cf));
}
