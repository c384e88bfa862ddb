/*
 * strfn.c -- the string builtins of the m4 engine that need more than a
 * few lines: translit (with ranges), regexp and patsubst (GNU Emacs
 * regular expressions through glibc's GNU regex API, the syntax GNU m4
 * uses) and format (printf-like, one argument per conversion).
 */
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "xalloc.h"

#include "compiler/m4/m4int.h"

/* format builds its conversion specs at run time */
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

#define ARG(i)	(c->argv[(i)])
#define ARGL(i)	(c->argl[(i)])

/* Expand a-z style ranges (backwards ranges count down). */
static void
expand_ranges(const char *s, size_t n, struct strbuf *sb)
{
	size_t i;
	int from = -1, to, ch;

	for (i = 0; i < n; i++) {
		if (s[i] == '-' && from >= 0) {
			if (i + 1 == n) {
				sb_addc(sb, '-');
				break;
			}
			to = (unsigned char)s[++i];
			if (from <= to)
				for (ch = from + 1; ch <= to; ch++)
					sb_addc(sb, ch);
			else
				for (ch = from - 1; ch >= to; ch--)
					sb_addc(sb, ch);
			from = to;
			continue;
		}
		sb_addc(sb, s[i]);
		from = (unsigned char)s[i];
	}
}

void
bi_translit(struct m4 *m, struct m4_call *c)
{
	struct strbuf from = STRBUF_INIT, to = STRBUF_INIT;
	int map[256];
	size_t i;

	if (c->argc < 3) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		sb_add(c->out, ARG(1), ARGL(1));
		return;
	}
	for (i = 0; i < 256; i++)
		map[i] = -2;		/* unmapped: copy */
	expand_ranges(ARG(2), ARGL(2), &from);
	if (c->argc > 3)
		expand_ranges(ARG(3), ARGL(3), &to);
	for (i = 0; i < from.len; i++) {
		unsigned char ch = (unsigned char)from.buf[i];

		if (map[ch] == -2)
			map[ch] = i < to.len ? (unsigned char)to.buf[i] : -1;
	}
	for (i = 0; i < ARGL(1); i++) {
		unsigned char ch = (unsigned char)ARG(1)[i];

		if (map[ch] == -2)
			sb_addc(c->out, ch);
		else if (map[ch] >= 0)
			sb_addc(c->out, map[ch]);
	}
	strbuf_free(&from);
	strbuf_free(&to);
}

static int
compile(struct m4 *m, struct m4_call *c, struct re_pattern_buffer *re)
{
	const char *err;

	memset(re, 0, sizeof(*re));
	re_set_syntax(RE_SYNTAX_EMACS);
	err = re_compile_pattern(ARG(2), ARGL(2), re);
	if (err != NULL) {
		m4_error(m, &c->loc, "bad regular expression '%s' in "
		    "builtin '%s': %s", ARG(2), ARG(0), err);
		regfree(re);
		return -1;
	}
	return 0;
}

/* The replacement text with \& (\0) and \1..\9 filled in. */
static void
substitute(struct m4 *m, struct m4_call *c, const char *repl, size_t n,
    const char *subj, struct re_pattern_buffer *re,
    struct re_registers *regs)
{
	size_t i;
	int g;

	for (i = 0; i < n; i++) {
		if (repl[i] != '\\') {
			sb_addc(c->out, repl[i]);
			continue;
		}
		if (++i == n) {
			m4_warn(m, &c->loc, "trailing \\ ignored in "
			    "replacement of builtin '%s'", ARG(0));
			break;
		}
		if (repl[i] == '0')
			m4_warn(m, &c->loc, "\\0 will disappear, use \\& "
			    "instead in replacements");
		if (repl[i] == '&' || (repl[i] >= '0' && repl[i] <= '9')) {
			g = repl[i] == '&' ? 0 : repl[i] - '0';
			if ((size_t)g > re->re_nsub)
				m4_warn(m, &c->loc, "sub-expression %d not "
				    "present in builtin '%s'", g, ARG(0));
			else if (regs->start[g] >= 0)
				sb_add(c->out, subj + regs->start[g],
				    (size_t)(regs->end[g] - regs->start[g]));
			continue;
		}
		sb_addc(c->out, repl[i]);
	}
}

static void
free_regs(struct re_registers *regs)
{
	free(regs->start);
	free(regs->end);
}

void
bi_regexp(struct m4 *m, struct m4_call *c)
{
	struct re_pattern_buffer re;
	struct re_registers regs;
	regoff_t pos;

	if (c->argc < 3) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		sb_addc(c->out, '0');
		return;
	}
	if (compile(m, c, &re) == -1)
		return;
	memset(&regs, 0, sizeof(regs));
	pos = re_search(&re, ARG(1), (regoff_t)ARGL(1), 0,
	    (regoff_t)ARGL(1), &regs);
	if (pos == -2)
		m4_error(m, &c->loc, "error matching regular expression '%s'",
		    ARG(2));
	else if (c->argc < 4)
		strbuf_addf(c->out, "%ld", (long)pos);
	else if (pos >= 0)
		substitute(m, c, ARG(3), ARGL(3), ARG(1), &re, &regs);
	free_regs(&regs);
	regfree(&re);
}

void
bi_patsubst(struct m4 *m, struct m4_call *c)
{
	struct re_pattern_buffer re;
	struct re_registers regs;
	regoff_t pos, off = 0, len = (regoff_t)ARGL(1);
	const char *s = ARG(1);

	if (c->argc < 3) {
		m4_warn(m, &c->loc, "too few arguments to builtin '%s'",
		    ARG(0));
		sb_add(c->out, ARG(1), ARGL(1));
		return;
	}
	if (compile(m, c, &re) == -1)
		return;
	memset(&regs, 0, sizeof(regs));
	while (off <= len) {
		pos = re_search(&re, s, len, off, len - off, &regs);
		if (pos < 0) {
			if (pos == -2)
				m4_error(m, &c->loc, "error matching regular "
				    "expression '%s'", ARG(2));
			else if (off < len)
				sb_add(c->out, s + off,
				    (size_t)(len - off));
			break;
		}
		if (pos > off)
			sb_add(c->out, s + off, (size_t)(pos - off));
		if (c->argc > 3)
			substitute(m, c, ARG(3), ARGL(3), s, &re, &regs);
		off = regs.end[0];
		if (regs.start[0] == regs.end[0]) {
			if (off < len)
				sb_addc(c->out, s[off]);
			off++;
		}
	}
	free_regs(&regs);
	regfree(&re);
}

/* A numeric argument of format: strtol/strtod with GNU m4's complaints. */
static const char *
format_arg(struct m4 *m, struct m4_call *c, int *argi, int isdouble,
    long *lv, double *dv)
{
	const char *s = *argi < c->argc ? ARG((*argi)++) : "";
	char *end;

	if (*s == ' ' || *s == '\t' || *s == '\n')
		m4_warn(m, &c->loc, "leading whitespace ignored in an "
		    "argument of builtin '%s'", ARG(0));
	if (isdouble)
		*dv = strtod(s, &end);
	else
		*lv = strtol(s, &end, 10);
	if (*s != '\0' && *end != '\0')
		m4_error(m, &c->loc, "non-numeric argument '%s' to builtin "
		    "'%s'", s, ARG(0));
	return s;
}

/* format: printf conversions, one argument each, as GNU m4 accepts them. */
void
bi_format(struct m4 *m, struct m4_call *c)
{
	const char *f = ARG(1), *end = f + ARGL(1);
	char spec[32];
	int argi = 2, width, prec, haveprec;
	long lv = 0;
	double dv = 0;
	size_t k, before;
	char conv, mod, *nul;

	m->maynul = 1;	/* %c can write one */

	while (f < end) {
		if (*f != '%') {
			sb_addc(c->out, *f++);
			continue;
		}
		f++;
		if (f < end && *f == '%') {
			sb_addc(c->out, '%');
			f++;
			continue;
		}
		k = 0;
		spec[k++] = '%';
		while (f < end && strchr("-+ #0'", *f) != NULL) {
			if (k < 12)
				spec[k++] = *f;
			f++;
		}
		width = 0;
		if (f < end && *f == '*') {
			format_arg(m, c, &argi, 0, &lv, &dv);
			width = lv > 100000 || lv < -100000 ? 0 : (int)lv;
			f++;
		} else
			while (f < end && *f >= '0' && *f <= '9') {
				if (width < 100000)
					width = width * 10 + (*f - '0');
				f++;
			}
		haveprec = 0;
		prec = 0;
		if (f < end && *f == '.') {
			haveprec = 1;
			f++;
			if (f < end && *f == '*') {
				format_arg(m, c, &argi, 0, &lv, &dv);
				prec = lv > 100000 ? 100000 : (int)lv;
				if (lv < 0)
					haveprec = 0;
				f++;
			} else
				while (f < end && *f >= '0' && *f <= '9') {
					if (prec < 100000)
						prec = prec * 10 + (*f - '0');
					f++;
				}
		}
		mod = 0;
		if (f < end && *f == 'h') {
			f++;
			mod = 'h';
			if (f < end && *f == 'h') {
				f++;
				mod = 'H';
			}
		} else if (f < end && *f == 'l') {
			f++;
			mod = 'l';
		}
		conv = f < end ? *f++ : '\0';
		if (conv == '\0' || strchr("cdiouxXaAeEfFgGs", conv) == NULL) {
			m4_warn(m, &c->loc, "unrecognized specifier in format "
			    "string '%s'", ARG(1));
			continue;
		}
		spec[k++] = '*';
		if (haveprec) {
			spec[k++] = '.';
			spec[k++] = '*';
		}
		spec[k++] = conv;
		spec[k] = '\0';
		before = c->out->len;
		switch (conv) {
		case 'c':
			format_arg(m, c, &argi, 0, &lv, &dv);
			strbuf_addf(c->out, spec, width, (int)lv);
			break;
		case 'd': case 'i':
			format_arg(m, c, &argi, 0, &lv, &dv);
			/* the h, hh, l modifiers narrow or widen, as printf's */
			lv = mod == 'H' ? (signed char)lv : mod == 'h' ?
			    (short)lv : mod == 'l' ? lv : (int)lv;
			spec[k - 1] = 'l';
			spec[k++] = conv;
			spec[k] = '\0';
			if (haveprec)
				strbuf_addf(c->out, spec, width, prec, lv);
			else
				strbuf_addf(c->out, spec, width, lv);
			break;
		case 'o': case 'u': case 'x': case 'X': {
			unsigned long uv;

			format_arg(m, c, &argi, 0, &lv, &dv);
			uv = mod == 'H' ? (unsigned char)lv : mod == 'h' ?
			    (unsigned short)lv : mod == 'l' ?
			    (unsigned long)lv : (unsigned)lv;
			spec[k - 1] = 'l';
			spec[k++] = conv;
			spec[k] = '\0';
			if (haveprec)
				strbuf_addf(c->out, spec, width, prec, uv);
			else
				strbuf_addf(c->out, spec, width, uv);
			break;
		}
		case 's': {
			const char *v = argi < c->argc ? ARG(argi++) : "";

			if (haveprec)
				strbuf_addf(c->out, spec, width, prec, v);
			else
				strbuf_addf(c->out, spec, width, v);
			break;
		}
		default:
			format_arg(m, c, &argi, 1, &lv, &dv);
			if (haveprec)
				strbuf_addf(c->out, spec, width, prec, dv);
			else
				strbuf_addf(c->out, spec, width, dv);
			break;
		}
		/* GNU m4 keeps a conversion's output up to a NUL (%c of 0) */
		nul = c->out->len > before ? memchr(c->out->buf + before, '\0',
		    c->out->len - before) : NULL;
		if (nul != NULL) {
			c->out->len = (size_t)(nul - c->out->buf);
			c->out->buf[c->out->len] = '\0';
		}
	}
}
