/*
 * paddr.h -- internal to the policy engine: an address after canonify
 * (ruleset 3), and the helpers that route.c, check.c and masq.c share.
 */
#ifndef MAILCF_RUNTIME_PADDR_H
#define MAILCF_RUNTIME_PADDR_H

#include "runtime/token.h"

struct policy_config;
struct policy_route;
struct ptrace;
struct pmap;
struct pclass;

struct paddr {
	int		null;		/* <@>: the null address */
	int		has_host;	/* user<@host> focus present */
	int		dot;		/* host is canonical (trailing dot) */
	struct toks	local;
	struct toks	host;		/* without the trailing dot */
};

void	paddr_free(struct paddr *);
/* Ruleset 3 (canonify, Canonify2). */
void	canonify(const struct policy_config *, const char *,
	    struct paddr *, struct ptrace *);
/* Rulesets 3,0 on an address (Recurse). */
void	route_addr(const struct policy_config *, const char *,
	    struct policy_route *, struct ptrace *, int depth);
/* Parse0: returns 0, or 1 with an error route filled in. */
int	parse0(const struct policy_config *, struct paddr *,
	    struct policy_route *, struct ptrace *, int depth);
/* The cf kit's ruleset 0 (ROUTE_PARSE: Parse0, ParseLocal, Parse1) or
 * one of its parts on a canonified address, for a local rule's $>:
 * 1 when it decided (R holds the triple), 0 when PA is the result. */
enum { ROUTE_PARSE, ROUTE_PARSE0, ROUTE_PARSE1 };
int	route_stock(const struct policy_config *, int which, struct paddr *,
	    struct policy_route *, struct ptrace *);
/* "user<@host.>" (the focused form, joined). */
char	*paddr_focused(const struct paddr *);
/* "user@host" (ruleset 4 final form). */
char	*paddr_final(const struct policy_config *, const struct paddr *);
char	*paddr_host(const struct paddr *);	/* host without dot */
char	*paddr_local(const struct paddr *);
int	 class_suffix(const struct pclass *, const char *);
int	 class_prefix(const struct pclass *, const char *);
void	 route_error(struct policy_route *, const char *status,
	    const char *text);
/* Map lookup with trace: 1 found (*val owned), 0 no, -1 temp. */
int	 maplook(struct pmap *, const char *key, char **val,
	    struct ptrace *);
char	*dequote_text(const char *);

/* Request macros for the cf's own rules ($&x). */
struct reqmac {
	const struct policy_config	*cf;
	const struct policy_client	*c;	/* NULL in route mode */
	const char			*f;
	const char			*mail_from;
	const char			*addr_type;
	const char			*op_mode;
};
const char *req_macro(void *, const char *);
/* Ruleset 1 (SENDER) or 2 on a canonified address (LOCAL_RULE_1/2). */
void	local_rule12(const struct policy_config *, struct paddr *,
	    int sender, struct ptrace *);
/* The address as a focused token workspace and back (ParseLocal). */
void	paddr_to_toks(const struct paddr *, struct toks *);
void	paddr_from_toks(const struct policy_config *, const struct toks *,
	    struct paddr *);

#endif
