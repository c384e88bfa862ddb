/*
 * lintint.h -- what the parts of mailcf lint share: the run state, the
 * findings, the top-level calls of the .mc.  Internal to lint*.c.
 */
#ifndef MAILCF_LINTINT_H
#define MAILCF_LINTINT_H

#include <stdarg.h>
#include <stddef.h>

#include "compiler/lint.h"

struct model;

struct lint_finding {
	const struct lint_rule *rule;
	enum lint_sev	 sev;		/* after -Werror */
	char		*file;		/* owned; "" when none */
	int		 line, col, len;
	char		*msg;		/* owned */
	size_t		 seq;
};

/* A top-level macro call of the .mc; args with the outer quotes off. */
struct lint_call {
	char		*name;
	char		**args;
	size_t		 nargs;
	int		 line, col, endline;
};

/* The cf kit's @error / @warning lines, taken out of the IR. */
struct lint_kitmsg {
	int		 error;
	char		*text;
	char		*file;
	int		 line;
};

struct lint_kitmsgs {
	struct lint_kitmsg *v;
	size_t		 n;
};

struct lint {
	const char	*mcpath;
	char		*mctext;	/* owned, NUL-terminated */
	size_t		 mclen;
	struct lint_call *calls;
	size_t		 ncalls;
	struct model	*m;		/* NULL when the compile failed */
	char		*ir;		/* owned: the IR text */
	const char	*mapdir;	/* replaces /etc/mail/ */
	const char	*hostname;	/* for R001, NULL: gethostname */
	int		 werror;
	const char	**ruleids;	/* -W / -Wno- overrides */
	int		*ruleon;
	size_t		 nrules;
	struct lint_finding *find;
	size_t		 nfind;
	struct lint_kitmsgs kit;
	char		**localnames;	/* class w files, read by lintmaps.c */
	size_t		 nlocal;
};

void	lint_add(struct lint *, const char *id, const char *file, int line,
	    int col, int len, const char *fmt, ...)
	    __attribute__((format(printf, 7, 8)));
void	lint_scan_mc(struct lint *);
const struct lint_call *lint_call(const struct lint *, const char *name,
	    const char *arg0);
int	lint_mc_col(const struct lint *, int line, const char *needle,
	    int *len);

/* lintmodel.c: rules over the model and the .mc calls */
void	lint_check_model(struct lint *);
/* lintmaps.c: map sources, compiled maps, class files, aliases */
void	lint_check_maps(struct lint *);
/* The file a cf path names, under mapdir (allocated). */
char	*lint_mappath(const struct lint *, const char *cfpath);
/* 1 when dom is in a class w file */
int	lint_localname(const struct lint *, const char *dom);
/* lintrelay.c: R001 */
void	lint_check_relay(struct lint *);
/* A feature directive (@feature NAME) of the model, or NULL. */
const struct model_directive *lint_feature(const struct lint *,
	    const char *name);
/* Add a finding at a directive's .mc location. */
void	lint_at_directive(struct lint *, const char *id,
	    const struct model_directive *, const char *needle,
	    const char *fmt, ...) __attribute__((format(printf, 5, 6)));



/* lintstock.c: 64-bit FNV-1a digests of the rules the real cf kit writes in
   its stock rulesets (see migrate.c), sorted; generated at development
   time by tests/migrate/gen-stock-digests.sh */
extern const unsigned long long lint_stock_digests[];
extern const size_t lint_stock_ndigests;

/* lint.c: the compile front end, shared with migrate and diff */
const char *lint_templates(const char *opt);
struct model *lint_compile(const char *mcpath, const char *text,
	    const char *tpl, char **ir, int *errors, struct lint_kitmsgs *kit);
#endif
