/*
 * route.c -- rulesets 3 and 0: canonicalize an address and choose the
 * mailer, host and user real sendmail would choose.
 *
 * The steps (features.md A.1, A.2) in the order sendmail applies them:
 *   canonify   innermost <...>, source routes, the rightmost '@' splits
 *              local part and host, else UUCP '!' and the '%' hack;
 *              localhost and our [IP] become $j, hosts ending in a
 *              class-P token are canonical, others go to the resolver
 *              ($[ $]: a trailing dot on success), $=w/$=M/VirtHost
 *              names get the dot too;
 *   Parse0     syntax errors (553 + DSN), re-parsing of a routed local
 *              part that is ours, dequoting of a one-token local part;
 *   Parse1     [IP] literals (to SMART_HOST if any), virtusertable for
 *              $=w and VirtHost domains, local names, mailertable,
 *              SMART_HOST, else esmtp to the host; no host = local.
 */
#include <ctype.h>
#include <stdarg.h>
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

#define MAXRECURSE	20

void
ptrace_flush(struct ptrace *tr)
{
	int i;

	if (tr == NULL || tr->sb == NULL || tr->pend == NULL ||
	    tr->pend->len == 0)
		return;
	for (i = 0; i < tr->depth + 1; i++)
		strbuf_adds(tr->sb, "  ");
	strbuf_addf(tr->sb, "%s: tried %s: no entry\n", tr->pend_map,
	    tr->pend->buf);
	strbuf_reset(tr->pend);
}

void
ptrace_miss(struct ptrace *tr, const char *map, const char *key)
{
	if (tr == NULL || tr->sb == NULL)
		return;
	if (tr->pend == NULL) {
		tr->pend = xmalloc(sizeof(*tr->pend));
		strbuf_init(tr->pend);
	}
	if (tr->pend->len > 0 && strcmp(tr->pend_map, map) != 0)
		ptrace_flush(tr);
	snprintf(tr->pend_map, sizeof(tr->pend_map), "%s", map);
	if (tr->pend->len > 0)
		strbuf_adds(tr->pend, ", ");
	strbuf_adds(tr->pend, key);
}

void
ptrace_free(struct ptrace *tr)
{
	if (tr == NULL || tr->pend == NULL)
		return;
	strbuf_free(tr->pend);
	free(tr->pend);
	tr->pend = NULL;
}

void
ptrace_add(struct ptrace *tr, const char *fmt, ...)
{
	va_list ap;
	int i;

	if (tr == NULL || tr->sb == NULL)
		return;
	ptrace_flush(tr);
	for (i = 0; i < tr->depth + 1; i++)
		strbuf_adds(tr->sb, "  ");
	va_start(ap, fmt);
	strbuf_vaddf(tr->sb, fmt, ap);
	va_end(ap);
	strbuf_addc(tr->sb, '\n');
}

void
paddr_free(struct paddr *pa)
{
	tok_free(&pa->local);
	tok_free(&pa->host);
	memset(pa, 0, sizeof(*pa));
}

char *
paddr_host(const struct paddr *pa)
{
	return tok_joins(&pa->host, 0, pa->host.n);
}

char *
paddr_local(const struct paddr *pa)
{
	return tok_joins(&pa->local, 0, pa->local.n);
}

char *
paddr_focused(const struct paddr *pa)
{
	struct strbuf sb = STRBUF_INIT;

	if (pa->null)
		return xstrdup("<@>");
	tok_join(&sb, &pa->local, 0, pa->local.n);
	if (pa->has_host) {
		strbuf_adds(&sb, "<@");
		tok_join(&sb, &pa->host, 0, pa->host.n);
		if (pa->dot)
			strbuf_addc(&sb, '.');
		strbuf_addc(&sb, '>');
	}
	if (sb.buf == NULL)
		return xstrdup("");
	return strbuf_detach(&sb, NULL);
}

char *
paddr_final(const struct policy_config *cf, const struct paddr *pa)
{
	struct strbuf sb = STRBUF_INIT;

	(void)cf;
	if (pa->null)
		return xstrdup("");
	tok_join(&sb, &pa->local, 0, pa->local.n);
	if (pa->has_host) {
		strbuf_addc(&sb, '@');
		tok_join(&sb, &pa->host, 0, pa->host.n);
	}
	if (sb.buf == NULL)
		return xstrdup("");
	return strbuf_detach(&sb, NULL);
}

/* Is some member of the class a token-boundary suffix of host? */
int
class_suffix(const struct pclass *c, const char *host)
{
	size_t i, hl = strlen(host), ml;
	const char *m;

	for (i = 0; i < c->n; i++) {
		m = c->v[i];
		ml = strlen(m);
		if (ml > hl || ml == 0)
			continue;
		if (strcasecmp(host + hl - ml, m) != 0)
			continue;
		if (ml == hl || !tok_is_atom((char[]){ host[hl - ml - 1], 0 }) ||
		    !tok_is_atom((char[]){ m[0], 0 }))
			return 1;
	}
	return 0;
}

/* Is some member of the class a token-boundary prefix of s? */
int
class_prefix(const struct pclass *c, const char *s)
{
	size_t i, sl = strlen(s), ml;
	const char *m;

	for (i = 0; i < c->n; i++) {
		m = c->v[i];
		ml = strlen(m);
		if (ml > sl || ml == 0)
			continue;
		if (strncasecmp(s, m, ml) != 0)
			continue;
		if (ml == sl || !tok_is_atom((char[]){ s[ml], 0 }) ||
		    !tok_is_atom((char[]){ m[ml - 1], 0 }))
			return 1;
	}
	return 0;
}

void
route_error(struct policy_route *r, const char *status, const char *text)
{
	r->kind = PR_ERROR;
	r->mailer = xstrdup("error");
	r->host = xstrdup(status != NULL ? status : "");
	r->user = xstrdup(text);
}

static void
route_set(struct policy_route *r, const char *mailer, const char *host,
    const char *user)
{
	r->kind = PR_MAILER;
	r->mailer = xstrdup(mailer);
	r->host = xstrdup(host);
	r->user = xstrdup(user);
}

void
policy_route_free(struct policy_route *r)
{
	free(r->mailer);
	free(r->host);
	free(r->user);
	memset(r, 0, sizeof(*r));
}

char *
dequote_text(const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	for (; *s != '\0'; s++)
		if (*s != '"')
			strbuf_addc(&sb, *s);
	if (sb.buf == NULL)
		return xstrdup("");
	return strbuf_detach(&sb, NULL);
}

char *
policy_route_format(const struct policy_route *r)
{
	char *t, *s;

	switch (r->kind) {
	case PR_MAILER:
		return xasprintf("mailer=%s host=%s user=%s", r->mailer,
		    r->host, r->user);
	case PR_ERROR:
		t = dequote_text(r->user);
		s = xasprintf("error=%s text=%s", r->host, t);
		free(t);
		return s;
	default:
		return xasprintf("unresolved=%s", r->user ? r->user : "");
	}
}

int
maplook(struct pmap *m, const char *key, char **val, struct ptrace *tr)
{
	struct pmap_hit hit;
	int r;

	*val = NULL;
	/* a feature's map that the configuration does not declare (a
	   table built by hand, or damaged) has no entries */
	if (m == NULL)
		return 0;
	r = pmap_lookup(m, key, &hit);
	if (r == 1) {
		*val = xstrdup(hit.value);
		if (hit.file != NULL && hit.line > 0)
			ptrace_add(tr, "%s:%d: %s %s", hit.file, hit.line,
			    key, hit.value);
		else if (hit.file != NULL)
			ptrace_add(tr, "%s: %s %s", hit.file, key, hit.value);
		else
			ptrace_add(tr, "%s: %s %s", m->name, key, hit.value);
	} else if (r == 0)
		ptrace_miss(tr, m->name, key);
	else
		ptrace_add(tr, "%s: %s: temporary lookup failure", m->name,
		    key);
	return r;
}

/*
 * dequote map: a one-token "quoted" local part loses its quotes unless
 * what is inside would not be a plain token sequence (blanks, brackets,
 * comments, a trailing backslash).
 */
static int
dequote_tok(const char *t, struct toks *out)
{
	size_t len = strlen(t);
	const char *p;
	char *inner;

	if (len < 2 || t[0] != '"' || t[len - 1] != '"')
		return 0;
	for (p = t + 1; p < t + len - 1; p++)
		if (*p == ' ' || *p == '\t' || *p == '<' || *p == '>' ||
		    *p == '(' || *p == ')' || *p == '\\' || *p == '"')
			return 0;
	if (len == 2)
		return 0;
	inner = xstrndup(t + 1, len - 2);
	tok_clear(out);
	tok_split(out, inner);
	free(inner);
	return 1;
}

static void
set_host_str(struct paddr *pa, const char *s)
{
	tok_clear(&pa->host);
	tok_split(&pa->host, s);
}

/*
 * LOCAL_RULE_3: the rules the cf kit splices into Canonify2, run on the
 * focused address ("LOCAL_RULE_3", see cfload.c and modelload.c).  Returns
 * 1 when a $@ rule ended Canonify2 there.
 */
static int
local_rule3(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	struct toks ws = TOKS_INIT;
	struct reqmac rm = { cf, NULL, "", "", "e r", "t" };
	int set = rw_find(cf->rw, "LOCAL_RULE_3"), ret = 0;

	if (set < 0 || rw_nrules(cf->rw, set) == 0 || pa->null)
		return 0;
	paddr_to_toks(pa, &ws);
	rw_run_ret(cf->rw, cf, set, &ws, req_macro, &rm, tr, &ret);
	paddr_free(pa);
	paddr_from_toks(cf, &ws, pa);
	if (pa->has_host)
		pa->has_host = 1;
	tok_free(&ws);
	return ret;
}

/* FEATURE(domaintable): R$* < @ $+ > $*  $: $1 < @ $(domaintable $2 $) > $3 */
static void
domaintable(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	char *h, *val = NULL;

	if (cf->domaintable == NULL || pa->host.n == 0)
		return;
	h = paddr_host(pa);
	if (pa->dot) {
		char *d = xasprintf("%s.", h);

		free(h);
		h = d;
	}
	if (maplook(cf->domaintable, h, &val, tr) == 1) {
		ptrace_add(tr, "canonify: domaintable maps %s to %s "
		    "(FEATURE(domaintable))", h, val);
		set_host_str(pa, val);
		pa->dot = 0;
		while (pa->host.n > 0 &&
		    strcmp(pa->host.v[pa->host.n - 1], ".") == 0) {
			free(pa->host.v[--pa->host.n]);
			pa->dot = 1;
		}
	}
	ptrace_flush(tr);
	free(val);
	free(h);
}

/* Canonify2 (ruleset 96) on a focused address. */
static void
canonify2(const struct policy_config *cf, struct paddr *pa,
    struct ptrace *tr)
{
	char *h, *canon = NULL, *tmp = NULL;
	int n = pa->host.n, r;

	if (!pa->has_host || n == 0) {
		/* a local name: only LOCAL_RULE_3 can give it a host */
		if (local_rule3(cf, pa, tr) || !pa->has_host ||
		    pa->host.n == 0)
			return;
		n = pa->host.n;
		if (pa->dot)
			return;
	} else {
		h = paddr_host(pa);
		tmp = xasprintf("localhost.%s", cf->m);
		if (strcasecmp(h, "localhost") == 0 ||
		    strcasecmp(h, tmp) == 0 ||
		    strcasecmp(h, "localhost.UUCP") == 0) {
			ptrace_add(tr, "canonify: %s is this host ($j %s)", h,
			    cf->j);
			set_host_str(pa, cf->j);
			pa->dot = 1;
		} else if (strcmp(pa->host.v[0], "[") == 0 &&
		    strcmp(pa->host.v[n - 1], "]") == 0) {
			if (!pclass_has(&cf->cw, h)) {
				free(tmp);
				free(h);
				return;		/* canon IP addr: $@ */
			}
			ptrace_add(tr, "canonify: literal %s is in $=w -> $j",
			    h);
			set_host_str(pa, cf->j);
			pa->dot = 1;
		}
		free(tmp);
		free(h);
		tmp = NULL;
		domaintable(cf, pa, tr);
		if (local_rule3(cf, pa, tr) || !pa->has_host)
			return;
		/* a trailing dot ends in $=P: canonical, nothing more */
		if (pa->dot || pa->host.n == 0)
			return;
		n = pa->host.n;
	}
	h = paddr_host(pa);
	if (n >= 3 && strcasecmp(pa->host.v[n - 1], "UUCP") == 0 &&
	    strcmp(pa->host.v[n - 2], ".") == 0) {
		char *base = tok_joins(&pa->host, 0, n - 2);

		if (resolver_canon(cf->res, base, &canon) == 1) {
			set_host_str(pa, canon);
			free(canon);
		}
		free(base);
		pa->dot = 1;
		goto out;
	}
	if (pclass_has(&cf->cP, pa->host.v[n - 1])) {
		if (strcmp(pa->host.v[n - 1], ".") == 0) {
			free(pa->host.v[--pa->host.n]);
			while (pa->host.n > 0 &&
			    strcmp(pa->host.v[pa->host.n - 1], ".") == 0)
				free(pa->host.v[--pa->host.n]);
		}
		pa->dot = 1;
		goto out;
	}
	if (cf->features & PF_NOCANONIFY) {
		if (tok_find(&pa->host, ".", 0, n) >= 0)
			pa->dot = 1;
	} else {
		r = resolver_canon(cf->res, h, &canon);
		if (r == 1) {
			ptrace_add(tr, "canonify: resolver: %s is %s.", h,
			    canon);
			set_host_str(pa, canon);
			free(canon);
			pa->dot = 1;
			goto out;
		}
		ptrace_add(tr, "canonify: resolver: %s %s", h,
		    r == 0 ? "not found (kept as is)" :
		    "temporary failure (kept as is)");
	}
	if (!pa->dot && (pclass_has(&cf->cw, h) || pclass_has(&cf->cM, h) ||
	    ((cf->features & PF_MASQ_ENTIRE) && class_suffix(&cf->cM, h)) ||
	    ((cf->features & PF_VIRTUSER) &&
	    (pclass_has(&cf->virthost, h) ||
	    ((cf->features & PF_VIRTUSER_ENTIRE) &&
	    class_suffix(&cf->virthost, h)))) ||
	    ((cf->features & PF_GENERICS) && (pclass_has(&cf->cG, h) ||
	    ((cf->features & PF_GENERICS_ENTIRE) &&
	    class_suffix(&cf->cG, h))))))
		pa->dot = 1;
out:
	free(tmp);
	free(h);
}

void
canonify(const struct policy_config *cf, const char *in, struct paddr *pa,
    struct ptrace *tr)
{
	struct toks t = TOKS_INIT, x = TOKS_INIT;
	int i, l, rb, at, k;
	int uucp = strchr(cf->operators, '!') != NULL;
	int pct = strchr(cf->operators, '%') != NULL;

	memset(pa, 0, sizeof(*pa));
	tok_split(&t, in);
	/* innermost <...> */
	l = tok_rfind(&t, "<", 0, t.n);
	if (l >= 0) {
		rb = tok_find(&t, ">", l + 1, t.n);
		if (rb < 0)
			rb = t.n;
		tok_append(&x, &t, l + 1, rb);
		tok_free(&t);
		t = x;
		memset(&x, 0, sizeof(x));
	}
	while (t.n > 0 && strcmp(t.v[t.n - 1], ";") == 0)
		free(t.v[--t.n]);
	if (t.n == 0) {
		pa->null = 1;
		tok_free(&t);
		return;
	}
	/* source route: @a,@b:user@c -> user@c */
	while (t.n > 1 && strcmp(t.v[0], "@") == 0) {
		k = tok_find(&t, ",", 2, t.n);
		if (k < 0)
			k = tok_find(&t, ":", 2, t.n);
		if (k < 0 || k == t.n - 1)
			break;
		tok_append(&x, &t, k + 1, t.n);
		tok_free(&t);
		t = x;
		memset(&x, 0, sizeof(x));
	}
	/* the rightmost '@' with something on both sides */
	at = -1;
	for (i = t.n - 2; i >= 1; i--)
		if (strcmp(t.v[i], "@") == 0) {
			at = i;
			break;
		}
	if (at < 0 && (at = tok_find(&t, "@", 0, t.n)) < 0) {
		if (uucp && (k = tok_find(&t, "!", 0, t.n)) > 0 &&
		    k < t.n - 1) {
			tok_append(&pa->local, &t, k + 1, t.n);
			tok_append(&pa->host, &t, 0, k);
			if (!(k >= 3 && strcmp(t.v[k - 2], ".") == 0)) {
				tok_push(&pa->host, ".");
				tok_push(&pa->host, "UUCP");
			}
			pa->has_host = 1;
			goto two;
		}
		if (pct && (k = tok_rfind(&t, "%", 0, t.n)) >= 0)
			at = k;
	}
	if (at < 0) {
		tok_append(&pa->local, &t, 0, t.n);
		tok_free(&t);
		ptrace_add(tr, "canonify: \"%s\" has no host part", in);
		canonify2(cf, pa, tr);
		return;
	}
	tok_append(&pa->local, &t, 0, at);
	tok_append(&pa->host, &t, at + 1, t.n);
	pa->has_host = 1;
two:
	tok_free(&t);
	canonify2(cf, pa, tr);
	{
		char *f = paddr_focused(pa);

		ptrace_add(tr, "canonify: \"%s\" -> %s", in, f);
		free(f);
	}
}

static int
has_operator(const struct policy_config *cf, const struct toks *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (tok_is_op(t->v[i], cf->operators))
			return 1;
	return 0;
}

static int
is_ours(const struct policy_config *cf, const struct paddr *pa)
{
	char *h;
	int r;

	if (!pa->has_host || !pa->dot)
		return 0;
	h = paddr_host(pa);
	r = pclass_has(&cf->cw, h);
	free(h);
	return r;
}

int
parse0(const struct policy_config *cf, struct paddr *pa,
    struct policy_route *r, struct ptrace *tr, int depth)
{
	struct paddr sub;
	char *s;
	int i, n = pa->host.n;

	if (pa->null)
		return 0;
	if (pa->has_host && pa->local.n == 0) {
		route_error(r, "5.1.3", "\"553 User address required\"");
		return 1;
	}
	if (pa->has_host && n == 0 && !pa->dot) {
		route_error(r, "5.1.3", "\"553 Hostname required\"");
		return 1;
	}
	if (pa->has_host && n > 0 && strcmp(pa->host.v[0], "[") == 0 &&
	    pa->dot) {
		/* "[addr]." : something after the literal */
		route_error(r, "5.1.2", "\"553 Invalid address\"");
		return 1;
	}
	if (pa->has_host && n > 0 && strcmp(pa->host.v[0], "[") == 0) {
		i = tok_find(&pa->host, "]", 1, n);
		if (i >= 0 && i < n - 1 && strcmp(pa->host.v[i + 1], ":")
		    != 0 && strcmp(pa->host.v[i + 1], ",") != 0) {
			route_error(r, "5.1.2", "\"553 Invalid address\"");
			return 1;
		}
	} else if (pa->has_host && tok_find(&pa->host, ":", 0, n) >= 0) {
		route_error(r, "5.1.3",
		    "\"553 Colon illegal in host name part\"");
		return 1;
	}
	if (pa->has_host && n > 0) {
		if (strcmp(pa->host.v[0], ".") == 0)
			goto badhost;
		for (i = 0; i + 1 < n; i++)
			if (strcmp(pa->host.v[i], ".") == 0 &&
			    strcmp(pa->host.v[i + 1], ".") == 0)
				goto badhost;
		if (strcmp(pa->host.v[n - 1], "@") == 0) {
			route_error(r, "5.1.2",
			    "\"553 Invalid route address\"");
			return 1;
		}
		if (tok_find(&pa->local, "@", 0, pa->local.n) >= 0) {
			route_error(r, "5.1.3",
			    "\"553 Invalid route address\"");
			return 1;
		}
	}
	for (i = 0; i + 1 < pa->local.n; i++)
		if (strcmp(pa->local.v[i], ",") == 0 &&
		    !tok_is_op(pa->local.v[i + 1], cf->operators)) {
			route_error(r, "5.1.3",
			    "\"553 Invalid route address\"");
			return 1;
		}
	if (pa->has_host && !is_ours(cf, pa))
		return 0;
	/* ours or unqualified */
	if (pa->local.n == 1) {
		if (dequote_tok(pa->local.v[0], &pa->local))
			ptrace_add(tr, "parse: local part dequoted");
		if (pa->local.n == 0) {
			route_error(r, "5.1.3",
			    "\"553 User address required\"");
			return 1;
		}
	}
	if ((pa->has_host || pa->local.n == 1) &&
	    has_operator(cf, &pa->local)) {
		if (depth > MAXRECURSE) {
			route_error(r, "5.4.6", "\"554 Too many recursions\"");
			return 1;
		}
		s = paddr_local(pa);
		ptrace_add(tr, "parse: \"%s\" is routed through us: "
		    "re-parsing the local part", s);
		canonify(cf, s, &sub, tr);
		free(s);
		paddr_free(pa);
		*pa = sub;
		return parse0(cf, pa, r, tr, depth + 1);
	}
	if (pa->has_host) {
		/* user@here: drop the host for the local mailer */
		pa->has_host = 2;
	}
	return 0;
badhost:
	route_error(r, "5.1.2", "\"553 Invalid host name\"");
	return 1;
}

/* %n substitution of a map value. */
static char *
map_subst(const char *v, const char *const *args, int nargs, const char *key)
{
	struct strbuf sb = STRBUF_INIT;
	int n;

	for (; *v != '\0'; v++) {
		if (*v == '%' && v[1] == '%') {
			strbuf_addc(&sb, '%');
			v++;
		} else if (*v == '%' && isdigit((unsigned char)v[1])) {
			n = v[1] - '0';
			if (n == 0)
				strbuf_adds(&sb, key);
			else if (n <= nargs && args[n - 1] != NULL)
				strbuf_adds(&sb, args[n - 1]);
			v++;
		} else
			strbuf_addc(&sb, *v);
	}
	if (sb.buf == NULL)
		return xstrdup("");
	return strbuf_detach(&sb, NULL);
}

/*
 * error:... values of virtusertable and mailertable: error:D.S.N:text,
 * error:keyword:text (mailertable), error:keyword text (virtusertable),
 * error:text (mailertable).  Returns 1 with *r filled.
 */
static int
value_error(const char *val, int mt, struct policy_route *r)
{
	struct toks t = TOKS_INIT;
	char *st = NULL, *tx = NULL;
	int ok = 1;

	tok_split(&t, val);
	if (t.n < 3 || strcasecmp(t.v[0], "error") != 0 ||
	    strcmp(t.v[1], ":") != 0)
		ok = 0;
	else if (t.n >= 9 && tok_is_atom(t.v[2]) &&
	    strcmp(t.v[3], ".") == 0 && tok_is_atom(t.v[4]) &&
	    strcmp(t.v[5], ".") == 0 && tok_is_atom(t.v[6]) &&
	    strcmp(t.v[7], ":") == 0) {
		st = tok_joins(&t, 2, 7);
		tx = tok_joins(&t, 8, t.n);
	} else if (!mt && t.n >= 4) {
		st = dequote_text(t.v[2]);
		tx = tok_joins(&t, 3, t.n);
	} else if (mt && t.n >= 5 && strcmp(t.v[3], ":") == 0) {
		st = dequote_text(t.v[2]);
		tx = tok_joins(&t, 4, t.n);
	} else if (mt) {
		st = xstrdup("");
		tx = tok_joins(&t, 2, t.n);
	} else
		ok = 0;
	if (ok)
		route_error(r, st, tx);
	free(st);
	free(tx);
	tok_free(&t);
	return ok;
}

/*
 * virtusertable (maps.md 4).  Returns 1 with *r filled when it decided,
 * 0 to go on.
 */
static int
virtuser(const struct policy_config *cf, const struct paddr *pa,
    struct policy_route *r, struct ptrace *tr, int depth)
{
	char *user, *host, *key, *val = NULL, *res;
	const char *args[3];
	char *plus, *base = NULL, *det = NULL, *pdet = NULL;
	int found = 0, lr, i;

	user = paddr_local(pa);
	host = paddr_host(pa);
	args[0] = user;
	args[1] = args[2] = NULL;
	plus = NULL;
	for (i = 1; i < pa->local.n; i++)
		if (strcmp(pa->local.v[i], "+") == 0) {
			plus = (char *)1;
			base = tok_joins(&pa->local, 0, i);
			det = tok_joins(&pa->local, i + 1, pa->local.n);
			pdet = xasprintf("+%s", det);
			break;
		}
	ptrace_add(tr, "virtusertable: %s is a virtual domain", host);
	key = xasprintf("%s@%s", user, host);
	lr = maplook(cf->virtuser, key, &val, tr);
	free(key);
	if (lr == 1)
		found = 1;
	if (!found && plus != NULL) {
		const char *keys[5][2] = {
			{ base, "++" }, { base, "+*" }, { base, "" },
			{ "", "++" }, { "", "+*" } };

		args[0] = base;
		args[1] = det;
		args[2] = pdet;
		for (i = 0; i < 5 && !found; i++) {
			if (strcmp(keys[i][1], "++") == 0 && *det == '\0')
				continue;
			key = xasprintf("%s%s@%s", keys[i][0], keys[i][1],
			    host);
			if (maplook(cf->virtuser, key, &val, tr) == 1)
				found = 1;
			free(key);
		}
	}
	if (!found) {
		key = xasprintf("@%s", host);
		if (maplook(cf->virtuser, key, &val, tr) == 1)
			found = 1;
		free(key);
	}
	if (!found) {
		free(user);
		free(host);
		free(base);
		free(det);
		free(pdet);
		return 0;
	}
	res = map_subst(val, args, 3, user);
	free(val);
	if (value_error(res, 0, r))
		ptrace_add(tr, "virtusertable: error entry decides");
	else {
		ptrace_add(tr, "virtusertable: re-routing \"%s\"", res);
		route_addr(cf, res, r, tr, depth + 1);
	}
	free(res);
	free(user);
	free(host);
	free(base);
	free(det);
	free(pdet);
	return 1;
}

/* MailerToTriple (ruleset 95): <mailer:host> or <host> on an address. */
static int
mailer_to_triple(const struct policy_config *cf, const char *spec,
    const struct paddr *pa, struct policy_route *r, struct ptrace *tr,
    int depth)
{
	struct toks t = TOKS_INIT;
	char *f, *s, *u, *h;
	int k;

	tok_split(&t, spec);
	if (t.n == 0) {
		tok_free(&t);
		return 0;
	}
	if (value_error(spec, 1, r)) {
		tok_free(&t);
		return 1;
	}
	f = paddr_focused(pa);
	if (t.n >= 2 && strcmp(t.v[1], ":") == 0 &&
	    strcmp(t.v[0], "[") != 0) {
		if (strcasecmp(t.v[0], "local") == 0) {
			/* CanonLocal */
			u = tok_joins(&t, 2, t.n);
			k = tok_find(&t, "@", 2, t.n);
			if (k >= 0) {
				free(u);
				u = tok_joins(&t, 2, k);
			}
			if (has_operator(cf, &pa->local) && depth < MAXRECURSE) {
				s = paddr_local(pa);
				route_addr(cf, s, r, tr, depth + 1);
				free(s);
			} else {
				s = paddr_local(pa);
				h = paddr_host(pa);
				if (*u == '\0') {
					char *hh = xasprintf("%s@%s", s, h);

					route_set(r, "local", hh, s);
					free(hh);
				} else {
					char *hh = xasprintf("%s@%s", s, h);

					route_set(r, "local", hh, u);
					free(hh);
				}
				free(s);
				free(h);
			}
			free(u);
		} else if ((k = tok_find(&t, "@", 2, t.n)) >= 0) {
			u = tok_joins(&t, 2, k);
			h = tok_joins(&t, k + 1, t.n);
			s = xasprintf("%s<@%s>", u, h);
			route_set(r, t.v[0], h, s);
			free(s);
			free(u);
			free(h);
		} else {
			h = tok_joins(&t, 2, t.n);
			route_set(r, t.v[0], h, f);
			free(h);
		}
	} else {
		h = tok_joins(&t, 0, t.n);
		if (pclass_has(&cf->cw, h)) {
			free(h);
			free(f);
			tok_free(&t);
			return 0;
		}
		route_set(r, "relay", h, f);
		free(h);
	}
	free(f);
	tok_free(&t);
	return 1;
}

static int
mt_usable(const char *v)
{
	struct toks t = TOKS_INIT;
	int ok;

	tok_split(&t, v);
	ok = t.n >= 2 && strcmp(t.v[1], ":") == 0 && strcmp(t.v[0], "[") != 0;
	tok_free(&t);
	return ok;
}

/* mailertable (maps.md 5): exact, .parent walk, then ".". */
static int
mailertable(const struct policy_config *cf, const struct paddr *pa,
    struct policy_route *r, struct ptrace *tr, int depth)
{
	char *host, *val = NULL, *res, *key, *prefix, *label;
	const char *args[2] = { NULL, NULL };
	int i, found = 0;
	const char *p;

	host = paddr_host(pa);
	if (maplook(cf->mailertable, host, &val, tr) == 1 &&
	    mt_usable(val)) {
		res = map_subst(val, args, 0, host);
		found = 1;
	}
	free(val);
	val = NULL;
	for (i = 0; !found && i < pa->host.n; i++) {
		if (strcmp(pa->host.v[i], ".") != 0 || i == 0 ||
		    i == pa->host.n - 1)
			continue;
		p = host;
		prefix = tok_joins(&pa->host, 0, i);
		label = tok_joins(&pa->host, i - 1, i);
		key = tok_joins(&pa->host, i, pa->host.n);
		args[0] = prefix;
		args[1] = label;
		if (maplook(cf->mailertable, key, &val, tr) == 1 &&
		    mt_usable(val)) {
			res = map_subst(val, args, 2, key);
			found = 1;
		}
		(void)p;
		free(val);
		val = NULL;
		free(prefix);
		free(label);
		free(key);
	}
	if (!found) {
		args[0] = host;
		if (maplook(cf->mailertable, ".", &val, tr) == 1 &&
		    mt_usable(val)) {
			res = map_subst(val, args, 1, ".");
			found = 1;
		}
		free(val);
	}
	free(host);
	if (!found)
		return 0;
	found = mailer_to_triple(cf, res, pa, r, tr, depth);
	free(res);
	return found;
}

static void
parse1(const struct policy_config *cf, struct paddr *pa,
    struct policy_route *r, struct ptrace *tr, int depth)
{
	char *h, *f, *u;

	if (pa->null) {
		route_set(r, "local", "", "<@>");
		return;
	}
	if (pa->has_host == 1 && pa->host.n > 0 &&
	    strcmp(pa->host.v[0], "[") == 0 &&
	    strcmp(pa->host.v[pa->host.n - 1], "]") == 0) {
		f = paddr_focused(pa);
		h = paddr_host(pa);
		if (*cf->smart_host == '\0') {
			ptrace_add(tr, "route: address literal, no "
			    "SMART_HOST: esmtp to %s", h);
			route_set(r, "esmtp", h, f);
		} else {
			struct toks t = TOKS_INIT;

			tok_split(&t, cf->smart_host);
			ptrace_add(tr, "route: address literal goes to "
			    "SMART_HOST %s (%s:%d)", cf->smart_host,
			    cf->smart_host_at.file, cf->smart_host_at.line);
			if (t.n >= 3 && strcmp(t.v[1], ":") == 0 &&
			    tok_is_atom(t.v[0])) {
				char *sh = tok_joins(&t, 2, t.n);

				route_set(r, t.v[0], sh, f);
				free(sh);
			} else
				route_set(r, "esmtp", cf->smart_host, f);
			tok_free(&t);
		}
		free(f);
		free(h);
		return;
	}
	if ((cf->features & PF_VIRTUSER) && pa->has_host && pa->dot) {
		h = paddr_host(pa);
		if (pclass_has(&cf->cw, h) || pclass_has(&cf->virthost, h) ||
		    ((cf->features & PF_VIRTUSER_ENTIRE) &&
		    class_suffix(&cf->virthost, h))) {
			free(h);
			if (virtuser(cf, pa, r, tr, depth))
				return;
		} else
			free(h);
	}
	if (pa->has_host == 2 && (cf->features & PF_STICKYHOST)) {
		/* user@here is sticky: to MAIL_HUB as is, else local */
		if (*cf->mail_hub != '\0') {
			ptrace_add(tr, "route: stickyhost: %s is one of ours,"
			    " MAIL_HUB %s", "the host", cf->mail_hub);
			if (mailer_to_triple(cf, cf->mail_hub, pa, r, tr,
			    depth))
				return;
		} else {
			u = paddr_local(pa);
			if (tok_find(&pa->local, "+", 1, pa->local.n) > 0)
				route_set(r, "local", "", u);
			else {
				char *x = xasprintf("@%s", u);

				route_set(r, "local", "", x);
				free(x);
			}
			free(u);
			return;
		}
	}
	if (pa->has_host == 2 || !pa->has_host) {
		u = paddr_local(pa);
		if (pclass_has(&cf->cL, u)) {
			char *x = xasprintf("@%s", u);

			route_set(r, "local", "", x);
			free(x);
		} else {
			ptrace_add(tr, "route: local user \"%s\"%s", u,
			    pa->has_host ? " (the host is one of ours, $=w)"
			    : " (no host part)");
			route_set(r, "local", "", u);
		}
		free(u);
		return;
	}
	if ((cf->features & PF_MAILERTABLE) &&
	    mailertable(cf, pa, r, tr, depth))
		return;
	if (*cf->smart_host != '\0') {
		ptrace_add(tr, "route: SMART_HOST %s (%s:%d)",
		    cf->smart_host, cf->smart_host_at.file,
		    cf->smart_host_at.line);
		if (mailer_to_triple(cf, cf->smart_host, pa, r, tr, depth))
			return;
	}
	h = tok_joins(&pa->host, 0, pa->host.n);
	if (pa->dot) {
		char *hd = xasprintf("%s.", h);

		free(h);
		h = hd;
	}
	f = paddr_focused(pa);
	if (cf->features & PF_HAS_SMTP) {
		ptrace_add(tr, "route: remote host %s: esmtp", h);
		route_set(r, "esmtp", h, f);
	} else {
		char *t = xasprintf("\"553 Unrecognized host name %s\"", h);

		route_error(r, "5.1.2", t);
		free(t);
	}
	free(h);
	free(f);
}

const char *
req_macro(void *arg, const char *name)
{
	const struct reqmac *m = arg;
	const struct policy_client *c = m->c;
	static char dm[2];

	if (strcmp(name, "j") == 0)
		return m->cf->j;
	if (strcmp(name, "w") == 0)
		return m->cf->w;
	if (strcmp(name, "m") == 0)
		return m->cf->m;
	if (strcmp(name, "opMode") == 0)
		return m->op_mode;
	if (strcmp(name, "addr_type") == 0)
		return m->addr_type;
	if (strcmp(name, "deliveryMode") == 0) {
		dm[0] = m->cf->delivery_mode;
		return dm;
	}
	if (strcmp(name, "f") == 0)
		return m->f;
	if (strcmp(name, "mail_from") == 0)
		return m->mail_from;
	if (c != NULL) {
		if (strcmp(name, "client_addr") == 0)
			return c->addr;
		if (strcmp(name, "client_name") == 0 ||
		    strcmp(name, "client_ptr") == 0 ||
		    strcmp(name, "s") == 0)
			return c->name;
		if (strcmp(name, "client_resolve") == 0)
			return c->resolve;
		if (strcmp(name, "auth_type") == 0)
			return c->auth_type;
		if (strcmp(name, "auth_authen") == 0)
			return c->auth_authen;
	}
	return policy_macro(m->cf, name);
}

void
paddr_to_toks(const struct paddr *pa, struct toks *ws)
{
	char *f = paddr_focused(pa);

	tok_split(ws, f);
	free(f);
}

void
paddr_from_toks(const struct policy_config *cf, const struct toks *ws,
    struct paddr *pa)
{
	int i, lt = -1, gt;
	char *h;

	memset(pa, 0, sizeof(*pa));
	for (i = 0; i + 1 < ws->n; i++)
		if (strcmp(ws->v[i], "<") == 0 && strcmp(ws->v[i + 1], "@")
		    == 0)
			lt = i;
	if (lt < 0) {
		tok_append(&pa->local, ws, 0, ws->n);
		if (ws->n == 0)
			pa->null = 1;
		return;
	}
	gt = tok_find(ws, ">", lt, ws->n);
	if (gt < 0)
		gt = ws->n;
	tok_append(&pa->local, ws, 0, lt);
	tok_append(&pa->host, ws, lt + 2, gt);
	pa->has_host = 1;
	if (pa->local.n == 0 && pa->host.n == 0) {
		pa->null = 1;
		return;
	}
	while (pa->host.n > 0 && strcmp(pa->host.v[pa->host.n - 1], ".") == 0) {
		free(pa->host.v[--pa->host.n]);
		pa->dot = 1;
	}
	h = paddr_host(pa);
	if (pa->dot && pclass_has(&cf->cw, h))
		pa->has_host = 2;
	free(h);
}

/* ParseLocal (LOCAL_RULE_0 and feature rules); 1 when it decided. */
static int
parse_local(const struct policy_config *cf, struct paddr *pa,
    struct policy_route *r, struct ptrace *tr)
{
	struct toks ws = TOKS_INIT;
	struct reqmac rm = { cf, NULL, "", "", "e r", "t" };
	char *m, *h, *u;
	int set = rw_find(cf->rw, "ParseLocal");

	if (set < 0 || rw_nrules(cf->rw, set) == 0 || pa->null)
		return 0;
	paddr_to_toks(pa, &ws);
	rw_run(cf->rw, cf, set, &ws, req_macro, &rm, tr);
	if (rw_triple(&ws, &m, &h, &u)) {
		r->kind = strcmp(m, "error") == 0 ? PR_ERROR : PR_MAILER;
		r->mailer = m;
		r->host = h;
		r->user = u;
		tok_free(&ws);
		return 1;
	}
	paddr_free(pa);
	paddr_from_toks(cf, &ws, pa);
	tok_free(&ws);
	return 0;
}

void
route_addr(const struct policy_config *cf, const char *addr,
    struct policy_route *r, struct ptrace *tr, int depth)
{
	struct paddr pa;

	memset(r, 0, sizeof(*r));
	if (depth > MAXRECURSE) {
		route_error(r, "5.3.5", "\"554 Infinite loop in ruleset\"");
		return;
	}
	canonify(cf, addr, &pa, tr);
	if (parse0(cf, &pa, r, tr, depth) == 0 &&
	    parse_local(cf, &pa, r, tr) == 0)
		parse1(cf, &pa, r, tr, depth);
	paddr_free(&pa);
}

int
route_stock(const struct policy_config *cf, int which, struct paddr *pa,
    struct policy_route *r, struct ptrace *tr)
{
	memset(r, 0, sizeof(*r));
	switch (which) {
	case ROUTE_PARSE:
		if (parse0(cf, pa, r, tr, 0) == 0 &&
		    parse_local(cf, pa, r, tr) == 0)
			parse1(cf, pa, r, tr, 0);
		break;
	case ROUTE_PARSE0:
		parse0(cf, pa, r, tr, 0);
		break;
	default:
		parse1(cf, pa, r, tr, 0);
		break;
	}
	return r->kind != PR_NONE;
}

void
policy_route(const struct policy_config *cf, const char *addr,
    struct policy_route *r, struct ptrace *tr)
{
	route_addr(cf, addr, r, tr, 0);
}
