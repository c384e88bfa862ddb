/*
 * modelload.h -- fill struct policy_config from the config model: a
 * compiled table (host.cft) or a .mc compiled in memory.  What each
 * FEATURE does comes from the model's @feature/@define/@class
 * directives, not from traces in rulesets (that is cfload.c, for a
 * sendmail.cf written by the cf kit).
 */
#ifndef MAILCF_RUNTIME_MODELLOAD_H
#define MAILCF_RUNTIME_MODELLOAD_H

#include <stddef.h>

struct model;
struct policy_config;
struct cfload_opts;

/* Does PATH name a table or a .mc (1), or a sendmail.cf (0)? */
int	modelload_handles(const char *path);

/* Load PATH (.cft or .mc) into cf.  Returns 0, or -1 with a sentence
   in err (compile errors of a .mc are printed with diag.h too). */
int	modelload(struct policy_config *, const char *path,
	    const struct cfload_opts *, char *err, size_t errlen);

/* Fill cf from a model (borrowed for the call); name is the file the
   configuration came from.  0 or -1 with err. */
int	modelload_model(struct policy_config *, const struct model *,
	    const char *name, const struct cfload_opts *, char *err,
	    size_t errlen);
/* The same with the rules' code given (a table's RULECODE section);
   NULL compiles it from the model. */
struct rulecode;
int	modelload_model_code(struct policy_config *, const struct model *,
	    const struct rulecode *, const char *name,
	    const struct cfload_opts *, char *err, size_t errlen);

#endif
