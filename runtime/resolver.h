/*
 * resolver.h -- name lookups for the policy engine, behind an interface
 * so that tests can inject answers.
 *
 * Backends: a hosts file (the oracle's sandbox: a name exists iff it is
 * listed; "IP a b" makes b canonicalize to a) and the system resolver
 * (getaddrinfo with AI_CANONNAME, res_query for DNS lists).  A table
 * backend answers from "name value" lines so tests can inject DNS-list
 * answers and temporary failures.
 *
 * Convention: 1 found, 0 not found, -1 temporary failure.  Returned
 * strings are owned by the caller.
 */
#ifndef MAILCF_RUNTIME_RESOLVER_H
#define MAILCF_RUNTIME_RESOLVER_H

struct resolver;

struct resolver_backend {
	const char	*name;
	/* Canonical name of NAME (no trailing dot) -> *canon. */
	int		(*canon)(struct resolver *, const char *name,
			    char **canon);
	/* First A record of NAME as text -> *addr (hosts-file address). */
	int		(*addr)(struct resolver *, const char *name,
			    char **addr);
	/* A DNS A-record query (DNS lists): a hosts file has no DNS, so
	 * it answers "temporary failure", as the oracle's sandbox does. */
	int		(*dns_a)(struct resolver *, const char *name,
			    char **addr);
	/* The MX hosts of DOMAIN, best first, as "h1:h2" (names without
	 * the trailing dot), like sendmail's "bestmx -z:" map; NULL = no
	 * MX lookups (not found). */
	int		(*mx)(struct resolver *, const char *domain,
			    char **list);
	void		(*close)(struct resolver *);
};

struct resolver {
	const struct resolver_backend *be;
	void		*priv;
};

/* Hosts-file backend; SELF (may be NULL) adds "127.0.1.1 SELF short"
 * and "127.0.0.1 localhost" first, as the oracle's /etc/hosts has. */
struct resolver	*resolver_hosts(const char *path, const char *self,
		    char *err, size_t errlen);
struct resolver	*resolver_system(void);
/* Injected answers: lines "NAME ADDR" (ADDR "TEMP" = temp failure);
 * "MX:DOMAIN H1:H2" lines are DOMAIN's MX hosts, best first. */
struct resolver	*resolver_table(const char *path, char *err, size_t errlen);
int		 resolver_canon(struct resolver *, const char *, char **);
int		 resolver_addr(struct resolver *, const char *, char **);
int		 resolver_dns_a(struct resolver *, const char *, char **);
int		 resolver_mx(struct resolver *, const char *, char **);
void		 resolver_close(struct resolver *);

#endif
