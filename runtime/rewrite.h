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
 * without case.  The same instructions are what a .cft table stores
 * (struct rw_code, the RULECODE section written by compiler/cftio.c):
 * the table loader hands them over with rw_rule_code(); a sendmail.cf's
 * R lines are compiled here with rw_rule().
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

/*
 * Rules as code (the table's RULECODE section, docs/cftable.md): each
 * side of a rule is a list of (op, arg, text) instructions.  arg is the
 * $n number of RW_OP_REPL, and for RW_OP_LOOK / RW_OP_CALL the map /
 * ruleset index + 1 in the table (0: one of sendmail's own); text is
 * the literal token, class, macro, map or ruleset name (NULL for the
 * others).  RW_OP_LOADMAC is a $x on a left side, expanded when the
 * rule is loaded (it depends on the host: $j, $w, $m).
 */
enum rw_op {
	RW_OP_LIT = 1, RW_OP_ZANY, RW_OP_ANY, RW_OP_ONE, RW_OP_ZERO,
	RW_OP_CLASS, RW_OP_NCLASS, RW_OP_REPL, RW_OP_DEFMAC, RW_OP_CANON,
	RW_OP_CANONEND, RW_OP_LOOK, RW_OP_LOOKEND, RW_OP_HOST, RW_OP_USER,
	RW_OP_CALL, RW_OP_NET, RW_OP_PIPE, RW_OP_LOADMAC,
	RW_OP_MAX			/* first invalid */
};

struct rw_code {
	unsigned	 op;		/* enum rw_op */
	unsigned	 arg;
	char		*text;		/* owned, or NULL */
};

/* Compiles one side of an R line [p, end) into code (*out owned, free
 * with rw_code_free).  0, or -1 with a sentence in err. */
int		 rw_compile_side(const char *p, const char *end, int lhs,
		    struct rw_code **out, size_t *n, char *err, size_t errlen);
void		 rw_code_free(struct rw_code *, size_t n);
/* How many $n a left side binds. */
unsigned	 rw_code_binds(const struct rw_code *, size_t n);

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
/* Adds a rule given as code; RW_OP_LOADMAC is expanded with MACRO. */
void		 rw_rule_code(struct rwengine *, int set,
		    const struct rw_code *lhs, size_t nlhs,
		    const struct rw_code *rhs, size_t nrhs, rw_macro_fn,
		    void *, const char *file, int line);
/* Declares a map from a K line (without the K); unknown classes that
 * the policy engine opens itself are looked up by name in cf. */
int		 rw_map(struct rwengine *, const char *kline, char *err,
		    size_t errlen);
int		 rw_find(const struct rwengine *, const char *name);
/* Non-zero when NAME (or number) is one of the cf kit's rulesets that a
 * local rule may call although the configuration does not carry it
 * (canonify/3, parse/0, Parse0, Parse1, final/4, the Local_* hooks
 * LOCAL_RULESETS left empty): the engine runs its own implementation. */
int		 rw_stock(const char *name);
int		 rw_nrules(const struct rwengine *, int set);
/* Once every ruleset and map is declared: resolves each $>set and
 * $(map of the rules to its index, which the run then uses instead of
 * looking the name up (the name stays for --explain and messages).
 * Rules or maps added later undo it until the next rw_link(). */
void		 rw_link(struct rwengine *);
/* The same for a configuration given as code (a table, a .mc): the
 * operand a rule's $> / $( carries (the table's ruleset / map index + 1)
 * is translated through SETS / MAPS (the engine's index of the table's
 * ruleset / map i, -1 for none) instead of the name being searched; the
 * map's name still says which policy map (access, ...) it is. */
void		 rw_link_code(struct rwengine *, const int *sets, size_t nsets,
		    const int *maps, size_t nmaps);
int		 rw_nmaps(const struct rwengine *);

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
