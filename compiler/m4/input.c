/*
 * input.c -- the input side of the m4 engine: loaded files, the input
 * stack and the scanner.
 *
 * The input is a stack of blocks: a file (read whole into memory when it
 * is included), a string of pushed-back expansion text, or a builtin
 * token (what defn(`define') produces).  Reading takes bytes from the
 * top block and pops exhausted blocks, so a word or a quoted string may
 * begin in an expansion and end in the text that follows it, as in GNU
 * m4.  Peeking looks through exhausted blocks without popping them.
 *
 * Lines are counted lazily, as GNU m4 does: the newline that ends a line
 * belongs to that line, and the line number moves on only when the next
 * byte of the file is read.  __line__ therefore names the line of the
 * last byte read.
 *
 * Every block carries a frame: the include or macro call that produced
 * it.  A token read from a string block is located at the call site of
 * the macro that produced it; the frame chain gives the note: lines.
 *
 * The token text lives in m->tok.text and is overwritten by the next
 * m4_next_token().
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4/m4int.h"

#define FRAME_SLAB	256
#define FRAME_DEPTH	32

static int
is_word_start(int c)
{
	return (unsigned)((c | 32) - 'a') < 26 || c == '_';
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/* Bytes of a word: letters, digits, '_' (a lookup beats the tests). */
static const unsigned char wordc[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1,
	['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
	['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
	['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['_'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1,
	['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1,
	['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1,
	['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1,
	['x'] = 1, ['y'] = 1, ['z'] = 1
};

static int
is_word_char(int c)
{
	return (unsigned)c < 256 && wordc[c];
}

/* Read a whole file, at most about max bytes (0: any); 0 or -1. */
static int
read_all(FILE *fp, struct strbuf *sb, size_t max)
{
	size_t n;

	for (;;) {
		if (max && sb->len > max) {
			errno = EFBIG;
			return -1;
		}
		strbuf_grow(sb, 65536);
		n = fread(sb->buf + sb->len, 1, sb->cap - sb->len - 1, fp);
		sb->len += n;
		sb->buf[sb->len] = '\0';
		if (n == 0)
			break;
	}
	return ferror(fp) ? -1 : 0;
}

/*
 * Load a file, "-" meaning stdin (named "stdin" as GNU m4 does).  Files
 * are cached by name, so including one many times reads it once.
 * Returns NULL with *errp set when it cannot be read.
 */
struct m4_source *
m4_load(struct m4 *m, const char *path, int *errp)
{
	struct m4_source *s;
	struct strbuf sb = STRBUF_INIT;
	struct stat st;
	FILE *fp;
	int isstdin = strcmp(path, "-") == 0;

	if (!isstdin)
		for (s = m->sources; s != NULL; s = s->next)
			if (!s->nameonly && strcmp(s->name, path) == 0)
				return s;
	if (isstdin)
		fp = stdin;
	else if ((fp = fopen(path, "r")) == NULL) {
		*errp = errno;
		return NULL;
	}
	/* a device or a FIFO could be endless: only regular files */
	if (!isstdin && (fstat(fileno(fp), &st) == -1 ||
	    !S_ISREG(st.st_mode))) {
		*errp = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		fclose(fp);
		return NULL;
	}
	if (read_all(fp, &sb, m->max_bytes) == -1) {
		*errp = errno;
		if (!isstdin)
			fclose(fp);
		strbuf_free(&sb);
		return NULL;
	}
	if (!isstdin)
		fclose(fp);
	s = xcalloc(1, sizeof(*s));
	s->name = xstrdup(isstdin ? "stdin" : path);
	s->file = !isstdin;
	if (memchr(sb.buf ? sb.buf : "", '\0', sb.len) != NULL)
		m->maynul = 1;
	s->len = sb.len;
	s->buf = strbuf_detach(&sb, NULL);
	s->next = m->sources;
	m->sources = s;
	if (isstdin)	/* diag.h cannot re-read it for the caret line */
		diag_add_source(s->name, s->buf, s->len);
	return s;
}

/*
 * Frames come from slabs, so a longjmp out of an expansion frees them.
 * m4_frame_new() copies the macro name; m4_frame_new_static() borrows
 * it (a symbol's name, which lives as long as the engine).
 */
struct m4_frame *
m4_frame_new(struct m4 *m, int kind, const char *macro,
    const struct m4_loc *at)
{
	struct m4_frame *f = m4_frame_new_static(m, kind, NULL, at);

	if (macro != NULL) {
		f->macro = xstrdup(macro);
		f->ownmacro = 1;
	}
	return f;
}

struct m4_frame *
m4_frame_new_static(struct m4 *m, int kind, const char *macro,
    const struct m4_loc *at)
{
	struct m4_frame *f;
	size_t i;

	if (m->freeframes == NULL) {
		f = xcalloc(FRAME_SLAB, sizeof(*f));
		m->slabs = xreallocarray(m->slabs, m->nslabs + 1,
		    sizeof(*m->slabs));
		m->slabs[m->nslabs++] = f;
		for (i = 0; i < FRAME_SLAB; i++) {
			f[i].nextfree = m->freeframes;
			m->freeframes = &f[i];
		}
	}
	f = m->freeframes;
	m->freeframes = f->nextfree;
	f->kind = kind;
	f->macro = (char *)macro;
	f->ownmacro = 0;
	f->file = at->file;
	f->line = at->line;
	f->col = at->col;
	f->len = at->len > 0 ? at->len : 1;
	f->parent = at->frame;
	f->elided = 0;
	/*
	 * A macro that expands to a call of itself would chain frames
	 * without end: past FRAME_DEPTH expansions, link to the nearest
	 * include instead (the notes say that expansions were left out).
	 */
	if (f->parent != NULL && f->parent->depth >= FRAME_DEPTH) {
		while (f->parent != NULL && f->parent->kind != FR_INCLUDE)
			f->parent = f->parent->parent;
		f->elided = 1;
	}
	f->depth = f->parent ? f->parent->depth + 1 : 0;
	if (f->parent)
		f->parent->refs++;
	f->refs = 1;
	return f;
}

void
m4_frame_ref(struct m4_frame *f)
{
	if (f)
		f->refs++;
}

void
m4_frame_unref(struct m4 *m, struct m4_frame *f)
{
	struct m4_frame *parent;

	while (f != NULL && --f->refs == 0) {
		parent = f->parent;
		if (f->ownmacro)
			free(f->macro);
		f->macro = NULL;
		f->ownmacro = 0;
		f->nextfree = m->freeframes;
		m->freeframes = f;
		f = parent;
	}
}

static void block_pop(struct m4 *);

static struct m4_block *
block_new(struct m4 *m, int type, struct m4_frame *frame)
{
	struct m4_block *b;

	/* an exhausted string below would only lengthen every look-ahead */
	while (m->top != NULL && m->top->type == B_STR &&
	    m->top->p == m->top->end)
		block_pop(m);

	if ((b = m->freeblocks) != NULL)
		m->freeblocks = b->next;
	else
		b = xcalloc(1, sizeof(*b));
	b->type = type;
	b->frame = frame;
	m4_frame_ref(frame);
	b->next = m->top;
	m->top = b;
	return b;
}

static void
block_pop(struct m4 *m)
{
	struct m4_block *b = m->top;

	if (b->type == B_FILE) {
		m->lastfile = b->src->name;
		m->lastline = b->line;
		m->sync_line = -1;
	}
	if (b->type == B_STR)
		m->bytes -= b->vcap;
	m->top = b->next;
	m4_frame_unref(m, b->frame);
	b->frame = NULL;
	b->next = m->freeblocks;
	m->freeblocks = b;
}

void
m4_push_file(struct m4 *m, struct m4_source *s, struct m4_frame *frame)
{
	struct m4_block *b = block_new(m, B_FILE, frame);

	b->src = s;
	b->p = b->linestart = s->buf;
	b->end = s->buf + s->len;
	b->line = 1;
	b->pending_nl = 0;
	m->sync_line = -1;
}

/* The limits on pushed text; fatal when n more bytes pass one. */
static void
push_limits(struct m4 *m, size_t n, struct m4_frame *frame)
{
	struct m4_loc here;

	if (m->max_bytes && m->injmp && m->bytes + n > m->max_bytes) {
		m4_cur_loc(m, &here);
		m4_fatal(m, frame ? &here : NULL, NULL, NULL,
		    "expansion too large: more than %zu bytes of pending "
		    "input and diversions", m->max_bytes);
	}
	m->pushed += n;
	if (m->max_pushed && m->injmp && m->pushed > m->max_pushed) {
		m4_cur_loc(m, &here);
		m4_fatal(m, frame ? &here : NULL, NULL, NULL,
		    "expansions produced more than %zu bytes in all; the input "
		    "probably expands forever", m->max_pushed);
	}
}

/*
 * Push the text of sb without copying it: the block takes sb's buffer
 * and sb gets the block's old one (empty).
 */
void
m4_push_strbuf(struct m4 *m, struct strbuf *sb, struct m4_frame *frame)
{
	struct m4_block *b;
	char *old;
	size_t oldcap;

	if (sb->len == 0)
		return;
	push_limits(m, sb->len, frame);
	b = block_new(m, B_STR, frame);
	/* the limit counts what a copy into the block would take */
	if (b->vcap < sb->len)
		b->vcap = sb->len < 64 ? 64 : sb->len;
	m->bytes += b->vcap;
	old = b->mem;
	oldcap = b->cap;
	b->mem = sb->buf;
	b->cap = sb->cap;
	b->p = b->mem;
	b->end = b->mem + sb->len;
	sb->buf = old;
	sb->cap = old != NULL ? oldcap : 0;
	sb->len = 0;
	if (sb->buf != NULL)
		sb->buf[0] = '\0';
}

void
m4_push_string(struct m4 *m, const char *s, size_t n, struct m4_frame *frame)
{
	struct m4_block *b;

	if (n == 0)
		return;
	push_limits(m, n, frame);
	b = block_new(m, B_STR, frame);
	if (b->cap < n) {
		b->cap = n < 64 ? 64 : n;
		b->mem = xrealloc(b->mem, b->cap);
	}
	if (b->vcap < n)
		b->vcap = n < 64 ? 64 : n;
	m->bytes += b->vcap;
	memcpy(b->mem, s, n);
	b->p = b->mem;
	b->end = b->mem + n;
}

void
m4_push_macdef(struct m4 *m, const struct m4_builtin *bi,
    struct m4_frame *frame)
{
	struct m4_block *b = block_new(m, B_MACDEF, frame);

	b->bi = bi;
	b->p = b->end = NULL;
}

/*
 * Name and line of what is being read, as GNU m4's __file__ and __line__
 * see them: for a file, its current line; for pushed-back text, the
 * place of the call that produced it.
 */
const char *
m4_cur_file(struct m4 *m)
{
	struct m4_loc loc;

	m4_cur_loc(m, &loc);
	return loc.file ? loc.file : m->lastfile ? m->lastfile : "";
}

int
m4_cur_line(struct m4 *m)
{
	struct m4_block *b = m->top;

	while (b != NULL && b->type != B_MACDEF && b->p == b->end &&
	    b->next != NULL)
		b = b->next;
	if (b == NULL)
		return m->lastline;
	if (b->type == B_FILE)
		return b->line;
	return b->frame ? b->frame->line : 0;
}

/* The location of the next byte to be read from block b. */
static inline void
block_loc(struct m4_block *b, struct m4_loc *loc)
{
	loc->len = 0;		/* a file position: the token sets it */
	loc->frame = b->frame;
	if (b->type == B_FILE) {
		loc->file = b->src->name;
		if (b->pending_nl && b->p < b->end) {
			loc->line = b->line + 1;
			loc->col = 1;
		} else {
			loc->line = b->line;
			loc->col = (int)(b->p - b->linestart) + 1;
			/* at the end, after a newline: just after the text */
			if (b->pending_nl && b->p == b->end)
				loc->col--;
		}
	} else if (b->frame != NULL) {
		loc->file = b->frame->file;
		loc->line = b->frame->line;
		loc->col = b->frame->col;
		loc->len = b->frame->len;
	} else {
		loc->file = NULL;
		loc->line = loc->col = 0;
	}
}

/* The location of the next byte to be read. */
void
m4_cur_loc(struct m4 *m, struct m4_loc *loc)
{
	struct m4_block *b = m->top;

	while (b != NULL && b->type != B_MACDEF && b->p == b->end &&
	    b->next != NULL)
		b = b->next;
	if (b == NULL) {
		loc->len = 0;
		loc->file = m->lastfile;
		loc->line = m->lastline;
		loc->col = 0;
		loc->frame = NULL;
		return;
	}
	block_loc(b, loc);
}

int
m4_next_char(struct m4 *m)
{
	struct m4_block *b;
	int c;

	while ((b = m->top) != NULL) {
		if (b->type == B_MACDEF) {
			block_pop(m);
			return M4_MACDEF;
		}
		if (b->p < b->end) {
			if (b->type == B_FILE) {
				if (b->pending_nl) {
					b->line++;
					b->linestart = b->p;
					b->pending_nl = 0;
				}
				c = (unsigned char)*b->p++;
				if (c == '\n')
					b->pending_nl = 1;
				return c;
			}
			return (unsigned char)*b->p++;
		}
		block_pop(m);
	}
	return M4_EOF;
}

int
m4_peek_char(struct m4 *m)
{
	struct m4_block *b;

	for (b = m->top; b != NULL; b = b->next) {
		if (b->type == B_MACDEF)
			return M4_MACDEF;
		if (b->p < b->end)
			return (unsigned char)*b->p;
	}
	return M4_EOF;
}

/*
 * Fast paths: take n bytes of the top block at once (they must be there),
 * keeping the lazy line count of a file block right.
 */
static inline void
take_run(struct m4_block *b, size_t n)
{
	const char *p = b->p, *end = b->p + n, *nl;

	if (n == 1) {		/* one byte: what m4_next_char does */
		if (b->type == B_FILE) {
			if (b->pending_nl) {
				b->line++;
				b->linestart = p;
				b->pending_nl = 0;
			}
			if (*p == '\n')
				b->pending_nl = 1;
		}
		b->p = end;
		return;
	}
	b->p = end;
	if (b->type != B_FILE || n == 0)
		return;
	if (b->pending_nl) {
		b->line++;
		b->linestart = p;
		b->pending_nl = 0;
	}
	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		if (nl + 1 == end) {
			b->pending_nl = 1;
			break;
		}
		b->line++;
		b->linestart = nl + 1;
		p = nl + 1;
	}
}

/*
 * What dnl does: read up to and including the next newline; 1 when one
 * was read, 0 at the end of input.  Text blocks are searched with memchr.
 */
int
m4_skip_line(struct m4 *m)
{
	struct m4_block *b;
	const char *nl;
	int c;

	for (;;) {
		b = m->top;
		if (b != NULL && b->type != B_MACDEF && b->p < b->end) {
			nl = memchr(b->p, '\n', (size_t)(b->end - b->p));
			if (nl != NULL) {
				take_run(b, (size_t)(nl + 1 - b->p));
				return 1;
			}
			take_run(b, (size_t)(b->end - b->p));
		}
		if ((c = m4_next_char(m)) == '\n')
			return 1;
		if (c == M4_EOF)
			return 0;
	}
}

/* The top block, if it is text with bytes left, else NULL. */
static struct m4_block *
text_top(struct m4 *m)
{
	struct m4_block *b = m->top;

	return b != NULL && b->type != B_MACDEF && b->p < b->end ? b : NULL;
}

/* Do the next n bytes of input equal s?  Looks across blocks. */
static int
lookahead(struct m4 *m, const char *s, size_t n)
{
	struct m4_block *b;
	size_t i = 0, k;

	if ((b = text_top(m)) != NULL && (size_t)(b->end - b->p) >= n)
		return n == 1 ? *b->p == *s : memcmp(b->p, s, n) == 0;

	for (b = m->top; b != NULL && i < n; b = b->next) {
		if (b->type == B_MACDEF)
			return 0;
		k = (size_t)(b->end - b->p);
		if (k > n - i)
			k = n - i;
		if (memcmp(b->p, s + i, k) != 0)
			return 0;
		i += k;
	}
	return i == n;
}

static void
skip(struct m4 *m, size_t n)
{
	while (n-- > 0)
		(void)m4_next_char(m);
}

static void
fatal_eof(struct m4 *m, const struct m4_loc *start, const char *what,
    const char *opened)
{
	struct m4_loc here;

	m4_cur_loc(m, &here);
	here.frame = NULL;
	m4_fatal(m, here.file ? &here : NULL, start, opened,
	    "end of file inside %s", what);
}

static void
scan_comment(struct m4 *m, struct m4_token *t)
{
	struct m4_loc start = t->loc;

	m4_frame_ref(start.frame);
	sb_add(&t->text, m->bcomm, m->bclen);
	skip(m, m->bclen);
	for (;;) {
		struct m4_block *b = m->eclen == 1 ? text_top(m) : NULL;
		int c;

		if (b != NULL) {
			/* fast path, a one-byte end (a newline): the bytes up
			   to it in the top block, at once */
			const char *e = memchr(b->p, m->ecomm[0],
			    (size_t)(b->end - b->p));
			size_t n = e != NULL ? (size_t)(e - b->p) + 1 :
			    (size_t)(b->end - b->p);

			sb_add(&t->text, b->p, n);
			take_run(b, n);
			if (e != NULL)
				break;
			continue;
		}
		c = m4_peek_char(m);
		if (c == M4_EOF)
			fatal_eof(m, &start, "a comment",
			    "the comment started here");
		if (c != M4_MACDEF && lookahead(m, m->ecomm, m->eclen)) {
			sb_add(&t->text, m->ecomm, m->eclen);
			skip(m, m->eclen);
			break;
		}
		c = m4_next_char(m);
		if (c >= 0)
			sb_addc(&t->text, c);
	}
	m4_frame_unref(m, start.frame);
	t->type = T_COMMENT;
}

static void
scan_string(struct m4 *m, struct m4_token *t)
{
	struct m4_loc start = t->loc;
	int depth = 1, c;

	m4_frame_ref(start.frame);
	skip(m, m->lqlen);
	/*
	 * Fast path, one-byte quotes: when the closing quote is in the top
	 * block, the text is the bytes up to it (nested quotes are kept as
	 * they are), taken at once.  The close quote wins over the open one
	 * when they are the same byte, as in the loop below.
	 */
	if (m->lqlen == 1 && m->rqlen == 1) {
		struct m4_block *b = text_top(m);

		if (b != NULL) {
			const char *p = b->p, *end = b->end;
			char l0 = m->lquote[0], r0 = m->rquote[0];
			const char *nl = l0 == r0 ? end : memchr(p, l0,
			    (size_t)(end - p));
			const char *nr = memchr(p, r0, (size_t)(end - p));

			if (nl == NULL)
				nl = end;
			while (nr != NULL) {
				if (nl < nr) {
					depth++;
					p = nl + 1;
					nl = memchr(p, l0, (size_t)(end - p));
					if (nl == NULL)
						nl = end;
					continue;
				}
				if (--depth == 0) {
					sb_add(&t->text, b->p,
					    (size_t)(nr - b->p));
					take_run(b, (size_t)(nr + 1 - b->p));
					m4_frame_unref(m, start.frame);
					t->type = T_STRING;
					return;
				}
				p = nr + 1;
				nr = memchr(p, r0, (size_t)(end - p));
			}
			depth = 1;	/* not closed here: the slow way */
		}
	}
	for (;;) {
		struct m4_block *b = text_top(m);

		if (b != NULL) {
			/* copy the bytes that cannot start a delimiter */
			const char *p = b->p;
			char l0 = m->lquote[0], r0 = m->rquote[0];

			while (p < b->end && *p != l0 && *p != r0)
				p++;
			if (p > b->p) {
				sb_add(&t->text, b->p, (size_t)(p - b->p));
				take_run(b, (size_t)(p - b->p));
				continue;
			}
		}
		c = m4_peek_char(m);
		if (c == M4_EOF)
			fatal_eof(m, &start, "a quoted string",
			    "the quote opened here");
		if (c != M4_MACDEF && lookahead(m, m->rquote, m->rqlen)) {
			skip(m, m->rqlen);
			if (--depth == 0)
				break;
			sb_add(&t->text, m->rquote, m->rqlen);
		} else if (c != M4_MACDEF &&
		    lookahead(m, m->lquote, m->lqlen)) {
			skip(m, m->lqlen);
			depth++;
			sb_add(&t->text, m->lquote, m->lqlen);
		} else {
			c = m4_next_char(m);
			if (c >= 0)
				sb_addc(&t->text, c);
		}
	}
	m4_frame_unref(m, start.frame);
	t->type = T_STRING;
}

/* Read the next token into *t (its text is overwritten each call). */
void
m4_next_token(struct m4 *m, struct m4_token *t)
{
	int c;

	struct m4_block *tb = m->top;

	t->text.len = 0;
	if (t->text.buf != NULL)
		t->text.buf[0] = '\0';
	t->bi = NULL;
	if (tb != NULL && tb->type != B_MACDEF && tb->p < tb->end) {
		/* the usual case: the top block has bytes */
		c = (unsigned char)*tb->p;
		block_loc(tb, &t->loc);
	} else {
		c = m4_peek_char(m);
		m4_cur_loc(m, &t->loc);
	}
	if (c == M4_EOF) {
		/* pop what is left so __file__ falls back to the last file */
		while (m->top != NULL)
			block_pop(m);
		t->type = T_EOF;
		return;
	}
	if (c == M4_MACDEF) {
		struct m4_block *b = m->top;

		while (b->type != B_MACDEF)
			b = b->next;
		t->bi = b->bi;
		(void)m4_next_char(m);
		t->type = T_MACDEF;
		return;
	}
	/* a one-byte delimiter is there when the next byte is it */
	if (m->bclen > 0 && (m->bclen == 1 ? c == (unsigned char)m->bcomm[0] :
	    lookahead(m, m->bcomm, m->bclen))) {
		scan_comment(m, t);
	} else if (is_word_start(c)) {
		struct m4_block *b = text_top(m);

		if (b != NULL) {
			const char *p = b->p + 1;

			while (p < b->end && wordc[(unsigned char)*p])
				p++;
			sb_add(&t->text, b->p, (size_t)(p - b->p));
			take_run(b, (size_t)(p - b->p));
		}
		/* a word may go on in the input below (only when the block
		   ran out: a byte left in it ends the word) */
		if (b == NULL || b->p >= b->end)
			while (is_word_char(m4_peek_char(m)))
				sb_addc(&t->text, m4_next_char(m));
		t->type = T_WORD;
	} else if (m->lqlen > 0 && (m->lqlen == 1 ?
	    c == (unsigned char)m->lquote[0] :
	    lookahead(m, m->lquote, m->lqlen))) {
		scan_string(m, t);
	} else if (m->plain[c] && text_top(m) != NULL) {
		/*
		 * A run of plain bytes is one token where GNU m4 has one per
		 * byte: the same text, fewer calls.  A run is all blanks or
		 * has none, so skipping an argument's leading blanks is not
		 * changed, and never holds a newline, so neither are sync
		 * lines.
		 */
		struct m4_block *b = m->top;
		const char *p = b->p + 1;
		int blank = is_blank(c);

		while (p < b->end && m->plain[(unsigned char)*p] &&
		    is_blank((unsigned char)*p) == blank)
			p++;
		sb_add(&t->text, b->p, (size_t)(p - b->p));
		take_run(b, (size_t)(p - b->p));
		t->type = T_SIMPLE;
	} else {
		if (tb != NULL && tb->type != B_MACDEF && tb->p < tb->end)
			take_run(tb, 1);	/* c is its next byte */
		else
			c = m4_next_char(m);
		sb_addc(&t->text, c);
		t->type = c == '(' ? T_OPEN : c == ',' ? T_COMMA :
		    c == ')' ? T_CLOSE : T_SIMPLE;
	}
	if (t->loc.len == 0)
		t->loc.len = t->type == T_WORD ? (int)t->text.len : 1;
	/* GNU m4 keeps token text as C strings: a NUL byte ends it */
	if (m->maynul && t->type != T_WORD && t->text.len > 0 &&
	    memchr(t->text.buf, '\0', t->text.len) != NULL)
		t->text.len = strlen(t->text.buf);
}

static void
set_delims(char **a, size_t *alen, char **b, size_t *blen, const char *l,
    const char *r)
{
	free(*a);
	free(*b);
	*a = xstrdup(l);
	*b = xstrdup(r);
	*alen = strlen(l);
	*blen = strlen(r);
}

/*
 * changequote: NULL left means the defaults; an empty left quote turns
 * quoting off; a non-empty left quote never gets an empty right one.
 */
/* Bytes that can be copied in runs: none that starts anything. */
static void
update_plain(struct m4 *m)
{
	int c;

	for (c = 0; c < 256; c++)
		m->plain[c] = !is_word_start(c) && c != '(' && c != ')' &&
		    c != ',' && c != '\n' && c != '\0';
	if (m->lquote != NULL)
		m->plain[(unsigned char)m->lquote[0]] = 0;
	if (m->bcomm != NULL)
		m->plain[(unsigned char)m->bcomm[0]] = 0;
}

void
m4_set_quotes(struct m4 *m, const char *l, const char *r)
{
	if (l == NULL) {
		l = "`";
		r = "'";
	} else if (r == NULL || (*l != '\0' && *r == '\0'))
		r = "'";
	set_delims(&m->lquote, &m->lqlen, &m->rquote, &m->rqlen, l, r);
	update_plain(m);
}

/* changecom: the same rules, the default end being a newline. */
void
m4_set_comment(struct m4 *m, const char *l, const char *r)
{
	if (l == NULL) {
		l = "#";
		r = "\n";
	} else if (r == NULL || (*l != '\0' && *r == '\0'))
		r = "\n";
	set_delims(&m->bcomm, &m->bclen, &m->ecomm, &m->eclen, l, r);
	update_plain(m);
}

void
m4_input_free(struct m4 *m)
{
	struct m4_block *b;
	struct m4_source *s;
	size_t i;

	while (m->top != NULL)
		block_pop(m);
	while ((b = m->freeblocks) != NULL) {
		m->freeblocks = b->next;
		free(b->mem);
		free(b);
	}
	while ((s = m->sources) != NULL) {
		m->sources = s->next;
		if (strcmp(s->name, "stdin") == 0)
			diag_add_source(s->name, "", 0);
		free(s->name);
		free(s->buf);
		free(s);
	}
	for (i = 0; i < m->nslabs; i++) {
		struct m4_frame *f = m->slabs[i];
		size_t j;

		for (j = 0; j < FRAME_SLAB; j++)
			if (f[j].ownmacro)
				free(f[j].macro);
		free(f);
	}
	free(m->slabs);
	for (i = 0; i < m->nincdirs; i++)
		free(m->incdirs[i]);
	free(m->incdirs);
	strbuf_free(&m->tok.text);
	free(m->lquote);
	free(m->rquote);
	free(m->bcomm);
	free(m->ecomm);
}
