/*
 * m4int.h -- internals shared by the files of the m4 engine
 * (compiler/m4/).  Not for use outside the engine: the public
 * interface is compiler/m4.h.
 *
 * Memory: everything hangs off struct m4 and is freed by m4_free(), so
 * a fatal error may longjmp out of any depth of expansion (the jmp_buf
 * in struct m4) without leaking.  Objects that are referenced from the
 * C stack while expansion goes on (frames, definitions) are counted.
 */
#ifndef MAILCF_M4INT_H
#define MAILCF_M4INT_H

#include <setjmp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"

#include "compiler/m4.h"

struct m4;
struct m4_call;

/* Builtin flags. */
#define BI_BLIND	0x01	/* recognized only when followed by '(' */
#define BI_MACARGS	0x02	/* takes builtin tokens as arguments */

struct m4_builtin {
	const char	*name;
	int		 flags;
	int		 min, max;	/* argc bounds incl. the name; -1: any */
	void		(*fn)(struct m4 *, struct m4_call *);
};

/* A loaded file; lives until m4_free() (diagnostics point into it). */
struct m4_source {
	struct m4_source *next;
	char		*name;
	char		*buf;
	size_t		 len;
	int		 file;		/* read from a file (not stdin) */
	int		 nameonly;	/* from a frozen image: no text */
};

/* The include/expansion trail behind a piece of input. */
enum { FR_EXPAND, FR_INCLUDE };
struct m4_frame {
	struct m4_frame	*parent;	/* counted reference */
	char		*macro;		/* owned; FR_EXPAND */
	const char	*file;		/* call site, a source name */
	int		 line, col, len;
	int		 kind;
	int		 ownmacro;	/* macro is ours to free */
	int		 refs;
	int		 depth;		/* frames above the include */
	int		 elided;	/* expansions left out below */
	struct m4_frame	*nextfree;
};

/* Where a token starts: a file position plus the trail. */
struct m4_loc {
	const char	*file;
	int		 line, col, len;
	struct m4_frame	*frame;		/* borrowed */
};

enum { B_FILE, B_STR, B_MACDEF };
struct m4_block {
	int		 type;
	const char	*p, *end;
	char		*mem;		/* owned storage of B_STR */
	size_t		 cap;
	size_t		 vcap;		/* what the byte limit counts */
	struct m4_source *src;		/* B_FILE */
	int		 line, pending_nl;
	const char	*linestart;
	const struct m4_builtin *bi;	/* B_MACDEF */
	struct m4_frame	*frame;		/* counted */
	struct m4_block	*next;		/* below on the stack */
};

/* One definition on a name's pushdef stack. */
struct m4_def {
	struct m4_def	*prev;		/* older (pushdef) */
	char		*text;
	size_t		 len;
	const struct m4_builtin *bi;	/* or NULL: text */
	int		 pins;		/* calls in progress */
	int		 dead;		/* unlinked; free at unpin */
	int		 img;		/* text and struct in a frozen image */
	const struct m4_native *nat;	/* a native run of this text */
	unsigned	 natck;		/* nat is set for natives gen. natck */
	struct m4_def	*nextdead;
};

/* A body of text that a C function may run in place of expanding it. */
struct m4_native {
	struct m4_native *next;
	char		*body;
	size_t		 len;
	m4_native_fn	 fn;
	void		*ud;
};

struct m4_sym {
	struct m4_sym	*hnext;
	char		*name;
	size_t		 nlen;
	unsigned	 hash;
	struct m4_def	*def;
	int		 traced;
	int		 img;		/* struct and name in a frozen image */
};

enum {
	T_EOF, T_WORD, T_STRING, T_COMMENT, T_SIMPLE, T_OPEN, T_COMMA,
	T_CLOSE, T_MACDEF
};

struct m4_token {
	int		 type;
	struct strbuf	 text;
	struct m4_loc	 loc;
	const struct m4_builtin *bi;
};

/* Arguments of a call; argv[0] is the macro name. */
struct m4_call {
	int		 argc;
	char		**argv;		/* NUL-terminated, borrowed */
	size_t		*argl;
	const struct m4_builtin **argfn;	/* builtin-token args */
	struct strbuf	*out;		/* the expansion, rescanned */
	struct m4_loc	 loc;		/* the macro name */
};

/* Per nesting level storage, reused across calls. */
struct m4_level {
	struct strbuf	 args;
	size_t		*off, *len;
	const struct m4_builtin **fn;
	char		**argv;
	size_t		 cap;
	struct strbuf	 out;
};

struct m4_div {
	int		 num;
	struct strbuf	 sb;
};

struct m4_wrap {
	struct m4_wrap	*next;
	char		*text;
	size_t		 len;
	struct m4_frame	*frame;
};

struct m4 {
	jmp_buf		 jb;
	int		 injmp;
	int		 stopped;
	int		 status;

	/* input */
	struct m4_block	*top, *freeblocks;
	struct m4_source *sources;
	char		**incdirs;
	size_t		 nincdirs;
	struct m4_frame	*freeframes;
	void		**slabs;
	size_t		 nslabs;
	struct m4_token	 tok;
	const char	*lastfile;	/* for __file__ after EOF */
	int		 lastline;

	/* syntax */
	char		*lquote, *rquote, *bcomm, *ecomm;
	size_t		 lqlen, rqlen, bclen, eclen;
	unsigned char	 plain[256];	/* bytes that start no token */

	/* symbols */
	struct m4_sym	**htab;
	size_t		 hsize, nsyms;
	struct m4_def	*deadlist;

	/* expansion */
	struct m4_level	*levels;
	int		 nlevels;
	int		 level;
	int		 nesting_limit;
	const char	*stack_base;	/* where run() started */
	size_t		 stack_max;	/* bytes of C stack we may use */
	unsigned long	 calls, max_calls;
	size_t		 bytes, max_bytes;
	size_t		 pushed, max_pushed;	/* all expansion text */

	/* output */
	struct m4_div	*divs;
	size_t		 ndivs;
	int		 curdiv;
	struct strbuf	*cur;		/* NULL: discard */
	struct strbuf	 out0;
	FILE		*outfp;
	struct strbuf	*outsb;
	FILE		*errfp;
	int		 synclines;
	int		 sync_line;
	const char	*sync_file;
	int		 sync_bol;

	struct m4_wrap	*wraps;		/* most recent first */
	int		 fatal_warnings;
	int		 sysval;
	int		 trace_all;
	int		 anytraced;	/* traceon(NAME) was ever called */
	int		 maynul;	/* some text read may hold a NUL byte */

	/* natives (native.c): C functions that stand for macro bodies */
	struct m4_native *natives;
	unsigned	 natgen;	/* bumped by each m4_add_native */
	unsigned long	 native_runs;

	/* a reloaded frozen image (freeze.c): one buffer, two arrays */
	char		*image;
	struct m4_sym	*imgsyms;
	struct m4_def	*imgdefs;
};

/*
 * strbuf_add/strbuf_addc with the common case (room enough) inline: the
 * expander appends a few bytes at a time, millions of times a build.
 */
static inline void
sb_add(struct strbuf *sb, const char *p, size_t n)
{
	if (sb->len + n < sb->cap) {
		if (n > 0)
			memcpy(sb->buf + sb->len, p, n);
		sb->len += n;
		sb->buf[sb->len] = '\0';
	} else
		strbuf_add(sb, p, n);
}

static inline void
sb_addc(struct strbuf *sb, int c)
{
	if (sb->len + 1 < sb->cap) {
		sb->buf[sb->len++] = (char)c;
		sb->buf[sb->len] = '\0';
	} else
		strbuf_addc(sb, c);
}

/* A decimal number (what strbuf_addf "%ld" writes, without printf). */
static inline void
sb_addnum(struct strbuf *sb, long v)
{
	char d[24];
	int i = sizeof(d);
	unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;

	do
		d[--i] = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (v < 0)
		d[--i] = '-';
	sb_add(sb, d + i, sizeof(d) - (size_t)i);
}

/* input.c */
struct m4_source *m4_load(struct m4 *, const char *, int *);
void	m4_push_file(struct m4 *, struct m4_source *, struct m4_frame *);
void	m4_push_string(struct m4 *, const char *, size_t, struct m4_frame *);
void	m4_push_strbuf(struct m4 *, struct strbuf *, struct m4_frame *);
void	m4_push_macdef(struct m4 *, const struct m4_builtin *,
	    struct m4_frame *);
int	m4_next_char(struct m4 *);
int	m4_peek_char(struct m4 *);
int	m4_skip_line(struct m4 *);
void	m4_next_token(struct m4 *, struct m4_token *);
void	m4_cur_loc(struct m4 *, struct m4_loc *);
void	m4_input_free(struct m4 *);
struct m4_frame *m4_frame_new(struct m4 *, int, const char *,
	    const struct m4_loc *);
struct m4_frame *m4_frame_new_static(struct m4 *, int, const char *,
	    const struct m4_loc *);
void	m4_frame_ref(struct m4_frame *);
void	m4_frame_unref(struct m4 *, struct m4_frame *);
const char *m4_cur_file(struct m4 *);
int	m4_cur_line(struct m4 *);
void	m4_set_quotes(struct m4 *, const char *, const char *);
void	m4_set_comment(struct m4 *, const char *, const char *);
#define M4_EOF		(-1)
#define M4_MACDEF	(-2)

/* expand.c */
void	m4_expand_input(struct m4 *);
void	m4_error(struct m4 *, const struct m4_loc *, const char *, ...)
	    DIAG_PRINTF(3, 4);
void	m4_warn(struct m4 *, const struct m4_loc *, const char *, ...)
	    DIAG_PRINTF(3, 4);
void	m4_fatal(struct m4 *, const struct m4_loc *, const struct m4_loc *,
	    const char *, const char *, ...) DIAG_PRINTF(5, 6)
	    __attribute__((noreturn));
void	m4_trail(struct m4 *, struct m4_frame *);
void	m4_stop(struct m4 *, int) __attribute__((noreturn));
void	m4_expand_user_text(struct m4 *, struct m4_call *, const char *,
	    size_t);

/* native.c */
void	m4_native_mark(struct m4 *, struct m4_def *);
int	m4_native_call(struct m4 *, struct m4_def *, struct m4_call *);
void	m4_natives_free(struct m4 *);

/* symtab.c */
unsigned m4_hash(const char *, size_t);
struct m4_sym *m4_lookup(struct m4 *, const char *, size_t, int create);
void	m4_sym_define(struct m4 *, struct m4_sym *, const char *, size_t,
	    const struct m4_builtin *, int push);
void	m4_sym_popdef(struct m4 *, struct m4_sym *);
void	m4_sym_undefine(struct m4 *, struct m4_sym *);
void	m4_def_unpin(struct m4 *, struct m4_def *);
void	m4_symtab_free(struct m4 *);
int	m4_sym_cmp(const void *, const void *);
struct m4_sym **m4_sym_list(struct m4 *, size_t *);

/* divert.c */
void	m4_divert(struct m4 *, int);
void	m4_shipout(struct m4 *, const char *, size_t, int, const char *);
void	m4_shipout_raw(struct m4 *, const char *, size_t);
void	m4_undivert(struct m4 *, int);
void	m4_undivert_all(struct m4 *);
void	m4_flush_output(struct m4 *);
void	m4_divert_free(struct m4 *);

/* builtins.c, strfn.c */
void	m4_builtins_init(struct m4 *);
const struct m4_builtin *m4_builtin_find(const char *);
int	m4_numeric_arg(struct m4 *, struct m4_call *, int, long *);
int	m4_bad_argc(struct m4 *, struct m4_call *, int, int);
void	m4_quoted(struct m4 *, struct strbuf *, const char *, size_t);
void	bi_regexp(struct m4 *, struct m4_call *);
void	bi_patsubst(struct m4 *, struct m4_call *);
void	bi_translit(struct m4 *, struct m4_call *);
void	bi_format(struct m4 *, struct m4_call *);

/* eval.y */
int	m4eval_run(struct m4 *, void *, const char *, long *);
enum {
	EVD_EQ, EVD_EMPTY, EVD_SYNTAX, EVD_BADOP, EVD_DIVZERO, EVD_MODZERO,
	EVD_NEGEXP
};
void	eval_diag(struct m4 *, void *, int, const char *);

#endif
