/*
 * cf.h -- the cf line-language parser: sendmail.cf statements plus the
 * `@` directives of our IR (docs/ir.md), into a config model (model.h).
 *
 * One grammar (cf_parser.y, pure bison, prefix cfyy) over one reentrant
 * flex scanner (cf_lexer.l) reads the IR, the raw cf lines of
 * LOCAL_CONFIG / LOCAL_RULESETS / LOCAL_RULE_n and whole legacy
 * sendmail.cf files.  Errors are printed with diag.h at file:line:col with
 * a caret; the parser recovers at the next line, so one run reports every
 * problem.
 *
 * Error convention: cf_parse_* return 0 when the input had no error, -1
 * otherwise (the model keeps every statement that was accepted), and
 * cf_parse_file() -2 when the file cannot be read.
 */
#ifndef MAILCF_CF_H
#define MAILCF_CF_H

#include <stddef.h>

#include "diag.h"
#include "strbuf.h"
#include "compiler/model.h"

/* Parse a file into m.  name is used in messages. */
int	cf_parse_file(struct model *m, const char *path);
/* Parse a buffer (borrowed for the call) named name into m. */
int	cf_parse_buffer(struct model *m, const char *name, const char *buf,
	    size_t len);

/* --- internal: shared by cf_lexer.l, cf_parser.y and cfparse.c ------- */

/* One lexical piece of a rule side, before gluing into tokens. */
struct cf_piece {
	enum cf_tokkind	 kind;	/* ATOM for word pieces, OPER for any single
				   punctuation character */
	char		*text;	/* owned */
	int		 spaced;	/* blank(s) before it */
	int		 col;
	struct cf_piece	*next;
};

void	cf_piece_free(struct cf_piece *);	/* the whole chain */

/* A list of strings with their locations (C/T words, @ fields, M fields). */
struct cf_words {
	char		**v;
	struct diag_loc	*locs;
	size_t		 n;
	size_t		 cap;		/* slots allocated in v and locs */
};

struct cf_words *cf_words_new(void);
void	cf_words_add(struct cf_words *, char *, const struct diag_loc *);
					/* transferred */
void	cf_words_free(struct cf_words *);

/* The scanner's extra state. */
struct cf_scan {
	struct model	*model;
	const char	*file;		/* interned */
	int		 line, col;	/* position of the next byte */
	int		 tline, tcol;	/* start of the accumulated text */
	struct strbuf	 text;		/* TEXT / field accumulation */
	int		 nsep;		/* R: separators seen */
	int		 spaced;	/* R: blank before the next piece */
	int		 pending_nl;	/* return NL next */
	void		*scanner;	/* yyscan_t */
};

/* After an error on IR line `line`: a note naming its .mc line. */
/* A scanner or parser error, reported at the .mc line when the IR has
   an @loc before it (model_report). */
void	cf_error(const struct cf_scan *, const struct diag_loc *,
	    const char *msg);

/* Location helper: a diag_loc of the scanner's file. */
struct diag_loc cf_loc(const struct cf_scan *, int line, int col, int len);

#endif
