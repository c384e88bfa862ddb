/*
 * policy.h -- the policy engine: what real sendmail 8.17 decides for a
 * recipient (rulesets 3,0), for an SMTP client/sender/recipient
 * (check_relay, check_mail, check_rcpt) and for an outgoing address
 * (masquerading, genericstable), with the chain of reasons (--explain).
 *
 * The engine is pure: everything it reads is in struct policy_config (the
 * configuration, its maps and classes, a resolver) and in the request.
 * runtime/cfload.c fills the config from a sendmail.cf written by the cf
 * kit, runtime/modelload.c from a .cft table or a .mc.
 *
 * Ownership: a policy_config owns every string, class, map and the
 * resolver it points at; policy_config_free() releases them.  Results
 * (struct policy_route, the verdict strings) are owned by the caller and
 * freed with the matching *_free().
 */
#ifndef MAILCF_RUNTIME_POLICY_H
#define MAILCF_RUNTIME_POLICY_H

#include <stddef.h>

struct pmap;
struct resolver;
struct rwengine;
struct strbuf;

/* A class ($=X): members compared case-insensitively. */
struct pclass {
	char	**v;
	size_t	  n, cap;
};

/* Features that change decisions (PF_*: one bit each). */
enum {
	PF_ACCESS_DB		= 1u << 0,  /* access map consulted */
	PF_BLOCKLIST_RCPT	= 1u << 1,  /* To: checks on recipients */
	PF_DELAY_CHECKS		= 1u << 2,  /* checks run at RCPT */
	PF_NOUUCP		= 1u << 3,  /* '!' not a routing operator */
	PF_NOPERCENT		= 1u << 4,  /* '%' not a routing operator */
	PF_PROMISCUOUS		= 1u << 5,  /* no relay checks */
	PF_RELAY_HOSTS_ONLY	= 1u << 6,  /* $=R and To: exact only */
	PF_RELAY_ENTIRE_DOMAIN	= 1u << 7,  /* $=m relays */
	PF_RELAY_LOCAL_FROM	= 1u << 8,  /* sender domain in $=w relays */
	PF_RELAY_MAIL_FROM	= 1u << 9,  /* From: RELAY relays */
	PF_ACCEPT_UNRESOLVABLE	= 1u << 10, /* no sender domain check */
	PF_ACCEPT_UNQUALIFIED	= 1u << 11, /* no unqualified check */
	PF_LOOKUPDOTDOMAIN	= 1u << 12, /* .parent keys in walks */
	PF_ACCESS_SKIP		= 1u << 13, /* SKIP stops walks */
	PF_RELAYTOFULLADDRESS	= 1u << 14, /* To:user@domain RELAY */
	PF_VIRTUSER		= 1u << 15,
	PF_VIRTUSER_ENTIRE	= 1u << 16,
	PF_MAILERTABLE		= 1u << 17,
	PF_GENERICS		= 1u << 18,
	PF_GENERICS_ENTIRE	= 1u << 19,
	PF_MASQ_ENTIRE		= 1u << 20,
	PF_MASQ_ENVELOPE	= 1u << 21,
	PF_ALLMASQUERADE	= 1u << 22,
	PF_LIMITED_MASQ		= 1u << 23,
	PF_NOCANONIFY		= 1u << 24,
	PF_LOOSE_RELAY		= 1u << 25,
	PF_ALWAYS_ADD_DOMAIN	= 1u << 26,
	PF_USE_CLIENT_PTR	= 1u << 27,
	PF_HAS_SMTP		= 1u << 28, /* MAILER(smtp) present */
	PF_RELAY_MAIL_FROM_DOM	= 1u << 29, /* relay_mail_from domain */
	PF_CHECK_RELAY		= 1u << 30, /* a check_relay ruleset exists */
	PF_STICKYHOST		= 1u << 31  /* user@here goes to MAIL_HUB */
};

/* More features (policy_config.features2, PF2_*). */
enum {
	PF2_REQUIRE_RDNS	= 1u << 0,  /* check_relay: client must resolve */
	PF2_BLOCK_BAD_HELO	= 1u << 1,  /* check_rcpt (delay_checks): HELO */
	PF2_RATECONTROL		= 1u << 2,  /* ClientRate: in access */
	PF2_CONNCONTROL		= 1u << 3,  /* ClientConn: in access */
	PF2_RATE_NOW		= 1u << 4,  /* ratecontrol nodelay */
	PF2_CONN_NOW		= 1u << 5,  /* conncontrol nodelay */
	PF2_BADMX		= 1u << 6,  /* check_mail: sender's MX */
	PF2_RELAY_MX		= 1u << 7   /* relay_based_on_MX */
};

/* Where a setting came from, for --explain ("host.cf:82"). */
struct porigin {
	const char	*file;		/* borrowed from policy_config.cf */
	int		 line;
};

/*
 * A DNS list (FEATURE dnsbl / enhdnsbl): the zone and what a listing and
 * a temporary failure do, as "$#error $@ S $: T" / "$#discard ..." rule
 * right-hand sides with $&{client_addr} still in them (NULL tmp = a
 * temporary failure is ignored).  enhdnsbl accepts only the answers in
 * "answers" (empty = any).
 */
struct pdnsbl {
	char		*zone;
	char		*hit;
	char		*tmp;
	int		 enhanced;
	struct pclass	 answers;
	struct porigin	 at;
};

/*
 * The contract the table loader fills, field by field.  Strings are
 * "" when unset, never NULL.  What runtime/cfload.c does today is the
 * reference:
 *  - cw holds every name sendmail puts in $=w: the Cw/Fw lines, the host
 *    name and its first label, "[address]" of the host name, and $j;
 *  - features has one PF_* bit per FEATURE in effect, plus PF_HAS_SMTP
 *    for MAILER(smtp), PF_CHECK_RELAY unless delay_checks renamed the
 *    ruleset, PF_ACCEPT_UNRESOLVABLE when there is no "resolve" map;
 *    nouucp_reject / nopercent_reject / delay_mode carry the arguments;
 *  - each map is opened from its K line (-f = no folding, -o optional,
 *    -T<TMPF> sets access_tmpf), NAME.lmdb first, else the text source;
 *  - dnsbl[] holds each DNS list with the right-hand sides of its rules;
 *  - rw holds the cf's rulesets (Local_check_*, ParseLocal and what they
 *    call) compiled by rewrite.c, with classes/macros for $= and $x.
 */
struct policy_config {
	char		*cf;		/* file the config came from */
	/* macros */
	char		*w;		/* $w: short host name */
	char		*j;		/* $j: canonical host name */
	char		*m;		/* $m: local domain */
	char		*smart_host;	/* $S: SMART_HOST, [mailer:]host */
	char		*mail_hub;	/* $H: MAIL_HUB */
	char		*local_relay;	/* $R: LOCAL_RELAY */
	char		*luser_relay;	/* $L: LUSER_RELAY */
	char		*masq_as;	/* $M: MASQUERADE_AS */
	struct porigin	 smart_host_at, masq_at;
	char		 delivery_mode;	/* first letter of DeliveryMode */
	/* classes */
	struct pclass	 cw;		/* $=w local names (with files) */
	struct pclass	 cR;		/* $=R relay domains/nets */
	struct pclass	 cM;		/* $=M masquerade domains */
	struct pclass	 cN;		/* $=N never masquerade */
	struct pclass	 cE;		/* $=E exposed users */
	struct pclass	 cG;		/* $=G generics domains */
	struct pclass	 cL;		/* $=L always-local users */
	struct pclass	 cP;		/* $=P pseudo domains */
	struct pclass	 cm;		/* $=m local domain */
	struct pclass	 virthost;	/* $={VirtHost} */
	struct pclass	 trust_auth;	/* $={TrustAuthMech} */
	struct pclass	 resok;		/* $={ResOk} */
	char		*operators;	/* class O: "@%!" */
	unsigned	 features;	/* PF_* */
	unsigned	 features2;	/* PF2_* */
	int		 rate_reply;	/* 452, or 421 with `terminate' */
	int		 conn_reply;
	char		*badmx_ip;	/* FEATURE(badmx) address regex */
	int		 nouucp_reject;
	int		 nopercent_reject;
	char		 delay_mode;	/* 0, 'f' friend, 'h' hater */
	/* maps (NULL when the feature is off) */
	struct pmap	*access;
	struct pmap	*virtuser;
	struct pmap	*mailertable;
	struct pmap	*generics;
	struct pmap	*domaintable;	/* FEATURE(domaintable) */
	/* the other hash/btree/dbm maps (LOCAL_CONFIG K lines), for the
	   cf's own rules ($( name ... $)) */
	struct pnmap {
		char		*name;
		struct pmap	*m;
	}		*omaps;
	size_t		 nomaps;
	int		 access_tmpf;	/* -T<TMPF>: temp failures visible */
	struct pdnsbl	*dnsbl;
	size_t		 ndnsbl;
	/* the cf's own rules (LOCAL_RULESETS, LOCAL_RULE_0) and classes */
	struct rwengine	*rw;
	int		 local_dnsbl;	/* .mc/.cft: LOCAL_DNSBL rules to run */
	struct pnamed {
		char		*name;
		struct pclass	 c;
	}		*classes;	/* classes without a field above */
	size_t		 nclasses;
	char		*macros;	/* "name\0value\0..." of D lines */
	size_t		 macros_len;
	struct resolver	*res;		/* names ($[ $], sender domains) */
	struct resolver	*dns;		/* DNS lists; NULL = res (owned) */
};

/* A client and envelope as check sees them (oracle check format). */
struct policy_client {
	const char	*addr;		/* {client_addr}, "" = local */
	const char	*name;		/* {client_name} */
	const char	*resolve;	/* OK FAIL FORGED TEMP */
	const char	*auth_type;	/* "" = no AUTH */
	const char	*auth_authen;
};

/*
 * What sendmail counts for a client: {client_rate} (connections in the
 * last ConnectionRateWindowSize) and {client_connections} (open ones).
 * policy_check() has them unset (0), as in the oracle's sandbox.
 */
struct policy_counts {
	long	 client_rate;
	long	 client_connections;
};

/* A 3,0 result: mailer/host/user, error status/text, or unresolved. */
struct policy_route {
	int	 kind;			/* PR_MAILER, PR_ERROR, PR_NONE */
	char	*mailer;
	char	*host;
	char	*user;
};

enum { PR_NONE, PR_MAILER, PR_ERROR };

/*
 * An explanation: lines appended as the engine goes.  Consecutive misses
 * in one map are gathered into a single "tried ...: no entry" line.
 */
struct ptrace {
	struct strbuf	*sb;		/* NULL = no tracing */
	int		 depth;
	char		 pend_map[32];	/* map of the pending misses */
	struct strbuf	*pend;		/* keys missed so far (owned) */
};

void	pclass_add(struct pclass *, const char *);
int	pclass_has(const struct pclass *, const char *);
void	pclass_free(struct pclass *);

/* A slot for map NAME among the other maps (created when missing). */
struct pmap **policy_omap_slot(struct policy_config *, const char *name);
/* Map NAME among the other maps, or NULL. */
struct pmap *policy_omap(const struct policy_config *, const char *name);

/* Class by name ("w", "R", "VirtHost", ...); NULL when unknown. */
const struct pclass *policy_class(const struct policy_config *,
	    const char *);
/* The same, created when missing (loaders). */
struct pclass *policy_class_new(struct policy_config *, const char *);
/* D-line macro value, or NULL. */
const char *policy_macro(const struct policy_config *, const char *);

void	policy_config_init(struct policy_config *);
/* The PF_* bit FEATURE(name) sets (name need not be NUL-terminated at
   len), or 0 for a FEATURE that sets none (runtime/features.c). */
unsigned policy_feature_flag(const char *name, size_t len);
/* The same for the PF2_* bits. */
unsigned policy_feature_flag2(const char *name, size_t len);
void	policy_config_free(struct policy_config *);

/* The same with the client's counts (ratecontrol, conncontrol). */
char	*policy_check_counts(const struct policy_config *,
	    const struct policy_client *, const struct policy_counts *,
	    const char *from, const char *rcpt, struct ptrace *);

/* Rulesets 3,0 for ADDR (a recipient). */
void	policy_route(const struct policy_config *, const char *addr,
	    struct policy_route *, struct ptrace *);
void	policy_route_free(struct policy_route *);
/* Formats a route as the oracle's "mailer=... host=... user=..." line. */
char	*policy_route_format(const struct policy_route *);

/* The check verdict for one case: "accept", "reject 550 5.7.1 ...". */
char	*policy_check(const struct policy_config *,
	    const struct policy_client *, const char *from, const char *rcpt,
	    struct ptrace *);

/* The address as mailer MAILER writes it; FLAGS "HS" "ES" "HR" "ER". */
char	*policy_rewrite(const struct policy_config *, const char *mailer,
	    const char *flags, const char *addr, struct ptrace *);

/* Appends one explanation line (indented by depth). */
void	ptrace_add(struct ptrace *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Records a map miss (gathered); ptrace_flush() writes what is pending. */
void	ptrace_miss(struct ptrace *, const char *map, const char *key);
void	ptrace_flush(struct ptrace *);
void	ptrace_free(struct ptrace *);

#endif
