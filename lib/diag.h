/*
 * diag.h -- compiler-style diagnostics: "file:line:col: error: msg",
 * the source line with a caret under the span, and "note:" lines.
 *
 * Error convention: these functions print and count; they never exit,
 * except diag_error() once the error limit is passed (then it prints
 * "too many errors" and exits EX_DATAERR), which is a top-of-program
 * decision the caller opts into with diag_set_error_limit().
 *
 * Source text: when a caller registered a file's buffer with
 * diag_add_source(), the caret line is taken from it (borrowed until
 * diag_forget_sources()); otherwise the file is re-read when printing.
 * A location with line 0 prints no line number and no caret.
 */
#ifndef MAILCF_DIAG_H
#define MAILCF_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_severity {
	DIAG_NOTE,
	DIAG_WARNING,
	DIAG_ERROR,
	DIAG_FATAL
};

struct diag_loc {
	const char	*file;	/* borrowed; NULL: no location */
	int		 line;	/* 1-based; 0: none */
	int		 col;	/* 1-based byte column; 0: none */
	int		 len;	/* bytes to underline, >= 1 when col > 0 */
};

#define DIAG_PRINTF(f, a) __attribute__((format(printf, f, a)))

void	diag_set_progname(const char *);
void	diag_set_stream(FILE *);		/* default stderr */
void	diag_set_error_limit(int);		/* 0: no limit (default) */
void	diag_set_werror(int);			/* warnings count as errors */
void	diag_set_caret(int);			/* print source+caret (default 1) */

void	diag_add_source(const char *file, const char *buf, size_t len);
void	diag_forget_sources(void);

void	diag_msg(enum diag_severity, const struct diag_loc *,
	    const char *, ...) DIAG_PRINTF(3, 4);
void	diag_error(const struct diag_loc *, const char *, ...)
	    DIAG_PRINTF(2, 3);
void	diag_warning(const struct diag_loc *, const char *, ...)
	    DIAG_PRINTF(2, 3);
void	diag_note(const struct diag_loc *, const char *, ...)
	    DIAG_PRINTF(2, 3);

int	diag_errors(void);	/* errors so far (warnings too with -Werror) */
int	diag_warnings(void);
void	diag_reset_counts(void);

/* A loc for file:line only. */
struct diag_loc	diag_at(const char *file, int line);

#endif
