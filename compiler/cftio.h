/*
 * cftio.h -- the compile pipeline around the config model: .mc -> m4
 * engine over cf-templates -> IR -> cf parser -> model (build.c), model
 * <-> compiled table (cftio.c), and the canonical IR printer of `mailcf
 * show` (showtable.c).
 *
 * Error convention: functions return 0 or -1.  Compile errors are
 * printed with diag.h at the .mc location; table errors go into the
 * caller's buffer as one sentence (nothing printed).
 * Ownership: the caller owns the model (model_free) and the buffers
 * returned by model_write_table (free).
 */
#ifndef MAILCF_CFTIO_H
#define MAILCF_CFTIO_H

#include <stddef.h>
#include <stdio.h>

#include "compiler/model.h"

struct cft_table;

/* Section types of a model table (lib/cftable.h frames them). */
#define MCF_SECT_FILES		2	/* file names of the locations */
#define MCF_SECT_META		3	/* V line */
#define MCF_SECT_OPTIONS	4
#define MCF_SECT_MACROS		5
#define MCF_SECT_CLASSES	6
#define MCF_SECT_MAPS		7
#define MCF_SECT_MAILERS	8
#define MCF_SECT_QGROUPS	9
#define MCF_SECT_MILTERS	10
#define MCF_SECT_HEADERS	11
#define MCF_SECT_PRECS		12
#define MCF_SECT_TRUSTED	13
#define MCF_SECT_ENVS		14
#define MCF_SECT_DIRECTIVES	15
#define MCF_SECT_RULESETS	16
#define MCF_SECT_RULECODE	17	/* the rules as code (rewrite.h) */

struct build_opts {
	const char	**incdirs;	/* -I, in order (borrowed) */
	size_t		  nincdirs;
	const char	**defines;	/* -D NAME[=VAL] (borrowed) */
	size_t		  ndefines;
	const char	 *tpldir;	/* NULL: MAILCF_TEMPLATES, the build
					   tree's, then $(pkgdatadir)/cf */
};

/* The cf-templates folder to use (static storage). */
const char *build_templates_dir(void);

/*
 * Compile a .mc into m: the m4 engine runs cf.m4 then the .mc, the IR
 * goes through the cf parser, and every declaration's location becomes
 * the .mc location it was generated from (model_relocate).  Errors are
 * printed; returns 0, or -1 after errors (-2: the .mc cannot be read).
 */
int	build_compile_mc(struct model *m, const char *mcpath,
	    const struct build_opts *);

/* Replace each declaration's IR location by its .mc location. */
void	model_relocate(struct model *m);

/*
 * The local rules as code (runtime/rewrite.h), one list of rules per
 * model ruleset, in model order: what the RULECODE section holds and
 * the runtime runs.  Owns its code.
 */
struct rw_code;
struct rulecode_rule {
	struct rw_code	*lhs, *rhs;
	size_t		 nlhs, nrhs;
};
struct rulecode {
	struct rulecode_rule	**sets;		/* [nsets][rules of set] */
	size_t			  nsets;
};

/* Compiles m's rules; on error -1, a sentence in err and *where = the
   rule's location. */
int	rulecode_compile(struct rulecode *, const struct model *m,
	    char *err, size_t errlen, const struct diag_loc **where);
/* The RULECODE section of a table, checked against m (rule counts, $n
   within the left side's bindings, map and ruleset references): 0,
   1 when the table has no such section, -1 with a sentence in err. */
int	rulecode_read(struct rulecode *, const struct cft_table *,
	    const struct model *m, const char *name, char *err,
	    size_t errlen);
void	rulecode_free(struct rulecode *);
/* Build-time check of the local rules: errors printed at the .mc line
   (diag.h); returns the number of errors. */
int	model_check_rules(const struct model *m);
/* model_write_table with the given code (NULL: compiled from m; a
   model whose rules do not compile gets no RULECODE section). */
void	model_write_table_code(const struct model *m,
	    const struct rulecode *, unsigned char **bufp, size_t *lenp);

/* Serialize m (deterministic bytes); the buffer is the caller's. */
void	model_write_table(const struct model *m, unsigned char **bufp,
	    size_t *lenp);
/* Rebuild a model from a table buffer (borrowed for the call).  The
   model must be fresh (model_new).  0, or -1 with a sentence in err. */
int	model_read_table(struct model *m, const void *buf, size_t len,
	    const char *name, char *err, size_t errlen);

/*
 * The same from a table opened with cft_open/cft_map_file, but the
 * model's strings point into the table's string pool (NUL-terminated
 * there), which must outlive the model: no string is copied, so the
 * runtime loads a table with a few allocations only.  Such a model is
 * freed with model_view_free(), never model_free().
 */
struct cft_table;
int	model_read_table_view(struct model *m, const struct cft_table *t,
	    const char *name, char *err, size_t errlen);
void	model_view_free(struct model *m);

/*
 * Load a model from any input by its name: FILE.cft (a table), FILE.mc
 * (compiled in memory), anything else a sendmail.cf or IR file.  Errors
 * are printed with diag.h; returns 0, -1 after errors, -2 when the file
 * cannot be read.
 */
int	model_load_any(struct model *m, const char *path,
	    const struct build_opts *);

/* Print m as canonical IR text: directives, declarations, rulesets,
   each group of statements after the @loc it came from. */
void	model_print_ir(FILE *, const struct model *m);

/* `mailcf show FILE` (no --cf): canonical IR of a .cft, .mc or .cf. */
int	show_ir_main(int argc, char **argv);

#endif
