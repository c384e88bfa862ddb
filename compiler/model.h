/*
 * model.h -- the configuration model: what a sendmail.cf (or our IR)
 * declares, typed, every value with the file:line it came from.
 *
 * The cf parser (cf.h) fills a model through the model_add_* builders;
 * later stages (lint, the table writer) read the public structures.
 *
 * Ownership: a struct model owns everything hanging off it (strings,
 * arrays); model_free() releases it all.  File names in locations are
 * interned in the model and live as long as it does.  Builders copy the
 * strings they are given unless the comment says "transferred".
 *
 * Error convention: builders report problems with diag.h at the
 * statement's location and return 0 (accepted) or -1 (rejected, the model
 * unchanged); they never exit.
 */
#ifndef MAILCF_MODEL_H
#define MAILCF_MODEL_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"

/* --- options ---------------------------------------------------------- */

enum opt_type {
	OPT_BOOL,	/* empty or t/T/y/Y: true; f/F/n/N: false */
	OPT_INT,	/* decimal integer (sign allowed where noted) */
	OPT_SIZE,	/* non-negative byte count */
	OPT_DURATION,	/* 1h30m; a bare number has the option's unit */
	OPT_MODE,	/* octal file mode */
	OPT_CHAR,	/* only the first letter counts, from a set */
	OPT_ENUM,	/* one word of a vocabulary */
	OPT_LETTERS,	/* flag letters separated by commas/blanks */
	OPT_WORDS,	/* flag words separated by commas/blanks */
	OPT_LIST,	/* comma/blank separated strings */
	OPT_STRING,	/* anything, kept as written */
	OPT_TIMEOUT,	/* Timeout.name: duration with per-name unit */
	OPT_MILTER,	/* Milter.LogLevel / Milter.macros.xxx */
	OPT_PORTOPTS	/* Daemon/ClientPortOptions: key=value list */
};

#define OPTF_MULTI	0x01	/* every line adds (DaemonPortOptions) */
#define OPTF_NEG	0x02	/* a negative number is allowed */
#define OPTF_ONEWORD	0x04	/* OPT_ENUM: any value allowed too */

struct optdef {
	const char	*name;		/* sendmail's long name */
	char		 letter;	/* old single-letter name, or 0 */
	enum opt_type	 type;
	unsigned	 flags;		/* OPTF_* */
	char		 unit;		/* OPT_DURATION: s m h d w */
	const char	*vocab;		/* CHAR/LETTERS: letters; ENUM/WORDS:
					   blank-separated words */
	const char	*dflt;		/* the binary's default, NULL: none */
	const char	*cond;		/* compile option needed, NULL: always */
};

/* The table (options.c); the last entry has name NULL. */
extern const struct optdef optdefs[];

/* Sub-options: Timeout.<name> and Milter.<name>, with the binary's
   defaults (NULL: none, or "the resolver's"); last name NULL. */
struct optsub {
	const char	*name;
	const char	*dflt;
};
extern const struct optsub opt_timeouts[];
extern const struct optsub opt_milter_subs[];

/*
 * Look up a long name (case-insensitive, unambiguous prefixes accepted
 * as sendmail does).  Returns the entry, or NULL with *why set to
 * "unknown" or "ambiguous".  *abbrev is set when a prefix matched.
 */
const struct optdef *opt_lookup(const char *name, size_t len,
	    const char **why, int *abbrev);
const struct optdef *opt_by_letter(int);

struct optval {
	long long	 num;	/* BOOL, INT, SIZE, MODE: value; DURATION and
				   TIMEOUT: seconds; CHAR: the letter */
	char		**items; /* LETTERS, WORDS, LIST, PORTOPTS: NULL-ended */
	size_t		 nitems;
	const char	*bad;	/* after an error: the item at fault (one of
				   items), NULL for the whole value */
};

/* Parse a value for def (sub: the part after "Timeout."/"Milter.").
   Returns 0, or -1 with a message in err. */
int	opt_parse_value(const struct optdef *def, const char *sub,
	    const char *raw, struct optval *out, char *err, size_t errlen);
void	optval_free(struct optval *);
/* Parse a duration with default unit; returns 0 or -1. */
int	opt_parse_duration(const char *s, char unit, int neg, long long *secs);

struct model_option {
	const struct optdef *def;
	char		*sub;		/* "queuereturn.urgent", or NULL */
	char		*raw;		/* the value as written, trimmed */
	int		 bare;		/* "O Name" without '=' */
	struct optval	 val;
	struct diag_loc	 loc;
};

/* --- the rest of the declarations ---------------------------------- */

struct model_macro {
	char		*name;		/* "j" or "{long}" without braces */
	char		*raw;		/* as written after the name */
	char		*value;		/* as sendmail reads it: quotes removed,
					   a backslash makes the next character
					   literal (sendmail's munchstring) */
	struct diag_loc	 loc;
};

enum classdecl_kind { CLASS_WORDS, CLASS_FILE };

struct model_classdecl {
	enum classdecl_kind kind;
	char		*name;		/* class name, braces removed */
	char		**words;	/* CLASS_WORDS */
	size_t		 nwords;
	char		*file;		/* CLASS_FILE: file or |program */
	char		*format;	/* CLASS_FILE: scanf format or NULL */
	int		 optional;	/* CLASS_FILE: -o */
	struct diag_loc	 loc;
};

struct model_mapflag {
	char		 flag;		/* 'o' for -o, 'a' for -a<OKR> ... */
	char		*arg;		/* attached argument, "" when none */
};

struct model_map {
	char		*name;
	char		*mclass;	/* hash, btree, host, dequote, ... */
	char		**args;		/* all arguments as written */
	size_t		 nargs;
	struct model_mapflag *flags;
	size_t		 nflags;
	char		*file;		/* file classes (hash, btree, text, ...):
					   the first non-flag argument */
	char		*spec;		/* the rest after the flags (and file),
					   as written: a regex, a program, a
					   socket, the maps of a sequence */
	struct diag_loc	 loc;
};

struct model_field {			/* M, Q and X lines: "A=TCP $h" */
	char		 code;		/* first letter of the key */
	char		*key;		/* key as written */
	char		*value;
	struct diag_loc	 loc;
};

struct model_mailer {			/* also queue groups and milters */
	char		*name;
	struct model_field *fields;
	size_t		 nfields;
	struct diag_loc	 loc;
};

struct model_header {
	char		*cond;		/* between the ?s, or NULL */
	char		*name;
	char		*value;		/* may hold "\n\t" continuations */
	struct diag_loc	 loc;
};

enum cf_tokkind {
	CFT_ATOM,	/* a word or a quoted string */
	CFT_OPER,	/* one operator character */
	CFT_ZANY,	/* $* */
	CFT_ANY,	/* $+ */
	CFT_ONE,	/* $- */
	CFT_CLASS,	/* $=X */
	CFT_NCLASS,	/* $~X */
	CFT_REPL,	/* $1 .. $9 (and $0) */
	CFT_MACRO,	/* $x, ${name} */
	CFT_DEFER,	/* $&x */
	CFT_CTL		/* $@ $: $# $> $[ $] $( $) $| $. $? */
};

/*
 * A CFT_MACRO in a rule ($j, ${name}) is what sendmail expands when it
 * reads the rule, with the value the macro has at that point (D lines
 * above it, or the host's $w $j $m): the token is kept so that the
 * expansion can happen where the host is known.  $&x (CFT_DEFER) is
 * expanded each time the rule runs.
 */
struct cf_tok {
	enum cf_tokkind	 kind;
	char		*text;	/* ATOM/OPER: the text; CLASS, NCLASS, MACRO,
				   DEFER: the name; REPL: the digit; CTL: the
				   character after '$' */
};

struct model_rule {
	struct cf_tok	*lhs, *rhs;
	size_t		 nlhs, nrhs;
	char		*comment;	/* or NULL */
	struct diag_loc	 loc;
};

struct model_ruleset {
	char		*name;		/* name or the number as written */
	int		 number;	/* -1 when not numbered */
	struct model_rule *rules;
	size_t		 nrules;
	struct diag_loc	 loc;
};

struct model_prec {
	char		*name;
	int		 value;
	struct diag_loc	 loc;
};

struct model_trusted {
	char		**users;
	size_t		 nusers;
	struct diag_loc	 loc;
};

struct model_env {
	char		*name;
	char		*value;		/* NULL: pass from the environment */
	struct diag_loc	 loc;
};

/* @-directives of the IR (docs/ir.md) */
struct model_directive {
	char		*keyword;	/* "feature", "define", ... */
	char		**args;
	size_t		 nargs;
	struct diag_loc	 loc;		/* IR location */
	struct diag_loc	 mcloc;		/* the current @loc (line 0: none) */
};

/* One @loc: IR lines from irline on come from mc (inside a @section,
   line by line: the raw text starts on the line of the LOCAL_* call). */
struct model_locmap {
	const char	*irfile;	/* interned */
	int		 irline;	/* the line of the @loc itself */
	struct diag_loc	 mc;
	int		 counting;
};

struct model {
	int		 version;	/* V level, 0 when no V line */
	char		*vendor;	/* V .../vendor or NULL */
	struct diag_loc	 version_loc;

	struct model_option *options;	size_t noptions;
	struct model_macro *macros;	size_t nmacros;
	struct model_classdecl *classes; size_t nclasses;
	struct model_map *maps;		size_t nmaps;
	struct model_mailer *mailers;	size_t nmailers;
	struct model_mailer *qgroups;	size_t nqgroups;
	struct model_mailer *milters;	size_t nmilters;
	struct model_header *headers;	size_t nheaders;
	struct model_ruleset *rulesets;	size_t nrulesets;
	struct model_prec *precs;	size_t nprecs;
	struct model_trusted *trusted;	size_t ntrusted;
	struct model_env *envs;		size_t nenvs;
	struct model_directive *directives; size_t ndirectives;
	size_t		 capdirectives;	/* room in directives (0: exactly n) */

	/* parser state kept in the model because statements depend on it */
	int		 cur_ruleset;	/* index into rulesets, -1: none */
	long		 opchars;	/* index of the last OperatorChars
					   setting in options, -1: none */
	char		*section;	/* current @section or NULL */
	struct diag_loc	 section_loc;	/* where it started */
	struct diag_loc	 mcloc;		/* current @loc */
	struct model_locmap *locmap;	/* every @loc, in input order */
	size_t		 nlocmap, caplocmap;
	char		**files;	/* interned file names */
	size_t		 nfiles;
	char		**sources;	/* parsed text, for caret lines */
	size_t		 nsources;
	const char	*irfile;	/* the buffer being parsed (interned) */
	const char	*irtext;	/* its text (one of sources) */
	size_t		 irlen;
};

struct model *model_new(void);
void	model_free(struct model *);

/* Keep a parsed buffer (transferred) alive for diag.h caret lines.
   Call diag_forget_sources() before model_free() if diagnostics could
   still be printed afterwards. */
void	model_keep_source(struct model *, char *buf);

/* Intern a file name: the copy lives as long as the model. */
const char *model_intern(struct model *, const char *);

/* Builders for the cf parser.  Strings are copied; loc is the statement's
   location (its file must be interned). */
int	model_set_version(struct model *, const char *text,
	    const struct diag_loc *);
int	model_add_macro(struct model *, const char *name, const char *value,
	    const struct diag_loc *);
int	model_add_class_words(struct model *, const char *name,
	    char **words, size_t n, const struct diag_loc *);
int	model_add_class_file(struct model *, const char *name,
	    const char *spec, const struct diag_loc *);
int	model_add_option(struct model *, const char *name, int longform,
	    const char *value /* NULL: "O Name" without '=' */, const struct diag_loc *nameloc,
	    const struct diag_loc *valloc);
int	model_add_map(struct model *, const char *name, const char *mclass,
	    const char *args, const struct diag_loc *);
/* kind: 'M' mailer, 'Q' queue group, 'X' milter; fields "K=value" */
int	model_add_fielded(struct model *, int kind, const char *name,
	    char **fields, const struct diag_loc *fieldlocs, size_t n,
	    const struct diag_loc *);
int	model_add_header(struct model *, const char *cond, const char *name,
	    const char *value, const struct diag_loc *);
int	model_add_ruleset(struct model *, const char *name,
	    const char *number, const struct diag_loc *);
/* A rule's pieces as the lexer split them; glued here with the current
   OperatorChars.  Transferred: pieces and comment. */
struct cf_piece;
int	model_add_rule(struct model *, struct cf_piece *lhs,
	    struct cf_piece *rhs, char *comment, const struct diag_loc *);
int	model_add_prec(struct model *, const char *text,
	    const struct diag_loc *);
int	model_add_trusted(struct model *, char **users, size_t n,
	    const struct diag_loc *);
int	model_add_env(struct model *, const char *text,
	    const struct diag_loc *);
int	model_add_directive(struct model *, const char *keyword,
	    char **args, size_t n, const struct diag_loc *);

/* After the last statement: checks that need the whole input (mailer
   S=/R= rulesets declared, no @section left open).  0 or -1. */
int	model_finish(struct model *, const struct diag_loc *eof);

/* The .mc location an IR location was generated from (file NULL when
   the input has no @loc before it). */
struct diag_loc model_mc_loc(const struct model *, const struct diag_loc *);
/* Report msg about an IR location: at the .mc (or template) line it was
   generated from when there is one, with the caret on the same text in
   that line if it is there (the value of a define, a raw LOCAL_CONFIG
   line), else at loc itself. */
void	model_report(const struct model *, enum diag_severity,
	    const struct diag_loc *, const char *msg);

/* Queries. */
const struct model_option *model_option(const struct model *,
	    const char *name, const char *sub);	/* last setting or NULL */
const char *model_macro(const struct model *, const char *name);
int	model_class_has(const struct model *, const char *name,
	    const char *word);
const struct model_ruleset *model_ruleset(const struct model *,
	    const char *name);
const char *model_operator_chars(const struct model *);

/* Print m (compiler/showtable.c): its declarations in sendmail.cf
   syntax (`mailcf show --cf`), with MODEL_PRINT_RULES its rulesets too;
   with MODEL_PRINT_IR as canonical IR (@loc lines, directives first,
   rulesets with their comments: `mailcf show`). */
#define MODEL_PRINT_IR		0x1
#define MODEL_PRINT_RULES	0x2
void	model_print(FILE *, const struct model *, unsigned flags);

/* Print a token list sendmail-style (atoms separated by one blank). */
struct strbuf;
void	model_format_tokens(struct strbuf *, const struct cf_tok *, size_t);

#endif
