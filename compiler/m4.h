/*
 * m4.h -- the m4 engine of mailcf: a GNU m4 1.4.19-compatible macro
 * processor that runs in-process.  It knows nothing of sendmail.
 *
 * Usage: m4_new(), then options (include dirs, -D/-U, limits), then
 * m4_process_file()/m4_process_buffer() for each input, then
 * m4_finish() (runs m4wrap text and flushes the diversions), then
 * m4_free().  Output goes to the FILE or strbuf given with
 * m4_set_output_*(); diagnostics go through diag.h.
 *
 * Return convention: the process functions return 0 to go on, -1 when
 * the run stopped (a fatal error or m4exit); m4_status() is then the
 * exit status GNU m4 would give (0, 1 or m4exit's argument).
 * Strings passed in are copied; nothing returned is borrowed.
 */
#ifndef MAILCF_M4_H
#define MAILCF_M4_H

#include <stddef.h>
#include <stdio.h>

struct m4;
struct strbuf;

struct m4	*m4_new(void);
void		 m4_free(struct m4 *);

void	m4_add_include_dir(struct m4 *, const char *);
void	m4_define(struct m4 *, const char *name, const char *value);
void	m4_undefine(struct m4 *, const char *name);
void	m4_set_sync_lines(struct m4 *, int);
void	m4_set_fatal_warnings(struct m4 *, int);	/* -E count */
void	m4_set_nesting_limit(struct m4 *, int);		/* 0: default */
void	m4_set_max_calls(struct m4 *, unsigned long);	/* 0: unlimited */
void	m4_set_max_bytes(struct m4 *, size_t);		/* pending input+diversions */
void	m4_set_max_total(struct m4 *, size_t);		/* all expansion text */
void	m4_set_output_file(struct m4 *, FILE *);	/* borrowed */
void	m4_set_output_buffer(struct m4 *, struct strbuf *); /* borrowed */
void	m4_set_errprint_file(struct m4 *, FILE *);	/* default stderr */

int	m4_process_file(struct m4 *, const char *path);	/* "-": stdin */
int	m4_process_buffer(struct m4 *, const char *name, const char *,
	    size_t);
int	m4_finish(struct m4 *);

/*
 * Frozen state (freeze.c), as GNU m4's -F/-R: m4_freeze() writes the
 * state after the input processed so far (macros, quotes, comments,
 * diversions, m4wrap text) to path, with the caller's key; 0 or -1 and
 * a message in err.  m4_thaw() replaces the state of a fresh engine
 * with an image; it checks the key and that every file read while the
 * image was made still has the same contents, and leaves the engine
 * untouched when anything differs (-1 and why in err).  When the
 * output is a buffer, the text the input wrote to it is part of the
 * image and m4_thaw() appends it to the buffer output again (to a FILE
 * output it is not repeated, as with GNU m4 -R).
 */
int	m4_freeze(struct m4 *, const char *path, const char *key, char *err,
	    size_t errlen);
int	m4_thaw(struct m4 *, const char *path, const char *key, char *err,
	    size_t errlen);
int	m4_status(const struct m4 *);

/*
 * Natives (native.c): a client may hand the engine a macro body together
 * with a C function that does what expanding that body does.  Every
 * definition whose text is byte for byte that body -- made before or
 * after the call, by define, pushdef or a frozen image -- is then run
 * by the function.  The function sees the call's arguments and what
 * __file__ and __line__ would say inside the body, appends the text the
 * body would leave for rescanning to out, and returns 1; or returns 0
 * without changing anything, and the body is expanded as usual (the
 * way out for every case the function does not model).  The engine
 * never runs a native while macros are traced.
 */
struct m4_args {
	int		 argc;		/* with argv[0], the macro name */
	char *const	*argv;		/* NUL-terminated */
	const size_t	*argl;
	int		 macdef;	/* an argument is a builtin token */
	const char	*file;		/* __file__ inside the body, or NULL */
	int		 line;		/* __line__ inside the body */
};
typedef int (*m4_native_fn)(struct m4 *, const struct m4_args *,
	    struct strbuf *out, void *ud);
void	m4_add_native(struct m4 *, const char *body, m4_native_fn, void *ud);
unsigned long m4_native_runs(const struct m4 *);

/*
 * For natives, names looked up once: a handle stays valid as long as
 * the engine (the name need not be defined yet).
 */
struct m4_name;
struct m4_name *m4_name(struct m4 *, const char *name, size_t nlen);
const void *m4_builtin_id(const char *builtin);	/* NULL: no such builtin */
const void *m4_name_builtin(const struct m4_name *);	/* NULL: not one */
m4_native_fn m4_name_native(struct m4 *, const struct m4_name *); /* NULL: none */
int	m4_name_defined(const struct m4_name *);
const char *m4_name_text(const struct m4_name *, size_t *len);
void	m4_name_set(struct m4 *, struct m4_name *, const char *text,
	    size_t len);			/* what define does */

/* For natives: the macro table as the body's builtins would see it. */
int	m4_quotes_are(const struct m4 *, const char *lq, const char *rq);
int	m4_is_defined(struct m4 *, const char *name, size_t nlen);
const char *m4_text_of(struct m4 *, const char *name, size_t nlen,
	    size_t *len);		/* NULL: undefined or a builtin */
void	m4_set_text(struct m4 *, const char *name, size_t nlen,
	    const char *text, size_t len);	/* what define does */

/* Defaults of m4_new(); see mailcf-m4(1) for why each exists. */
#define M4_DEFAULT_NESTING	10000
#define M4_DEFAULT_MAX_CALLS	100000000UL
#define M4_DEFAULT_MAX_BYTES	((size_t)1 << 30)
#define M4_DEFAULT_MAX_TOTAL	((size_t)16 << 30)

#endif
