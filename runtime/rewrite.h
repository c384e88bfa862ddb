/*
 * rewrite.h -- the engine for sendmail rewriting rules (R lines) that a
 * configuration carries itself: LOCAL_RULESETS (Local_check_relay,
 * Local_check_mail, Local_check_rcpt, own rulesets), LOCAL_RULE_0 and the
 * maps of LOCAL_CONFIG, run at the points sendmail calls them.
 *
 * Rules are compiled from their cf text into token programs: literal
 * tokens, the LHS operators $* $+ $- $@ $=X $~X, the RHS operators $n
 * $: $@ $> $# $[ $] $( $@ $: $) $&x $|.  A plain $x is expanded when
 * the rule is read on a LHS, when it runs on a RHS.  Matching backtracks like
 * sendmail's rewrite(): leftmost, shortest first; literal tokens compare
 * without case.  XXX the compiled form lives in memory; writing it into
 * the .cft table is the table writer's job.
 *
 * Workspace tokens are strings; the special operators appear in it as
 * "\001#", "\001@", "\001:" and "\001|".
 */
#ifndef MAILCF_RUNTIME_REWRITE_H
#define MAILCF_RUNTIME_REWRITE_H

#include <stddef.h>

struct toks;
struct ptrace;
struct policy_config;
struct rwengine;

#define RW_NET		"\001#"		/* $# mailer */
#define RW_HOST		"\001@"		/* $@ host / status */
#define RW_USER		"\001:"		/* $: user / text */
#define RW_PIPE		"\001|"		/* $| */

/* Expands $x at load time; returns NULL when unset (borrowed). */
typedef const char *(*rw_macro_fn)(void *, const char *name);

struct rwengine	*rw_new(void);
void		 rw_free(struct rwengine *);
/* Starts ruleset NAME (S line: "name", "name=N" or "N"); returns its
 * index. */
int		 rw_ruleset(struct rwengine *, const char *sline);
/* Adds an R line (without the R) to ruleset SET; -1 + err on error. */
int		 rw_rule(struct rwengine *, int set, const char *text,
		    rw_macro_fn, void *, const char *file, int line,
		    char *err, size_t errlen);
/* Declares a map from a K line (without the K); unknown classes that
 * the policy engine opens itself are looked up by name in cf. */
int		 rw_map(struct rwengine *, const char *kline, char *err,
		    size_t errlen);
int		 rw_find(const struct rwengine *, const char *name);
int		 rw_nrules(const struct rwengine *, int set);

/* Runs ruleset SET on WS in place.  MACRO gives runtime $&x values.
 * Returns 0, or -1 on a loop or recursion limit (WS then holds an
 * error triple). */
int		 rw_run(const struct rwengine *, const struct policy_config *,
		    int set, struct toks *ws, rw_macro_fn, void *,
		    struct ptrace *);

/* The same; *RETURNED is set to 1 when a $@ rule (or a $# result)
 * ended the ruleset, 0 when it ran to its end. */
int		 rw_run_ret(const struct rwengine *,
		    const struct policy_config *, int set, struct toks *ws,
		    rw_macro_fn, void *, struct ptrace *, int *returned);

/* Splits a "$# mailer $@ host $: user" workspace; 1 when it is one.
 * Strings are newly allocated. */
int		 rw_triple(const struct toks *, char **mailer, char **host,
		    char **user);

#endif
