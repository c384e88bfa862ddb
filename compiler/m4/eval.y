/*
 * eval.y -- the expression language of m4's eval builtin: C-like 32-bit
 * signed integer arithmetic, as GNU m4 1.4.19 implements it.
 *
 * Numbers: decimal, 0 octal, 0x hex, 0b binary, 0rRADIX:DIGITS.  All
 * arithmetic wraps around at 32 bits; shift counts are taken modulo 32.
 * Unary operators bind tighter than **, which is right-associative.
 * Errors that depend on values (division by zero, a negative exponent)
 * travel with the value, so the unevaluated side of && and || does not
 * report them.  C's assignment and increment operators are "invalid
 * operators", an error that fails the run as it does in GNU m4.
 */
%define api.pure full
%define api.prefix {m4eval_}
%define api.value.type {struct evalval}
%parse-param {struct evalctx *ctx}
%lex-param {struct evalctx *ctx}

%code requires {
#include <stdint.h>

struct evalval {
	int32_t	v;
	int	err;		/* EV_* deferred error, 0 if none */
};
struct evalctx;
}

%code {
#include <string.h>

#include "compiler/m4/m4int.h"

enum { EV_DIVZERO = 1, EV_MODZERO, EV_NEGEXP };

#define EVAL_NEST	64

struct evalctx {
	const char	*p;
	int		 depth;		/* parentheses open, as lexed */
	int		 nskip;		/* && and || operands being parsed */
	struct {
		int	 op;		/* ANDAND or OROR */
		int	 depth;
		int	 skipping;	/* the operand is not evaluated */
	} skip[EVAL_NEST];
	int		 abort;		/* stop: GNU m4 stops parsing here */
	int		 abort_err;	/* the value error that stopped it */
	struct m4	*m;
	void		*call;		/* the eval call, for diagnostics */
	int		 syntax;	/* syntax error seen */
	int		 badop;		/* an invalid operator */
	int		 eq_warned;
	struct evalval	 result;
};

static int m4eval_lex(M4EVAL_STYPE *, struct evalctx *);
static void m4eval_error(struct evalctx *, const char *);

static struct evalval
mk(int64_t v, int err)
{
	struct evalval r;

	r.v = (int32_t)(uint32_t)(uint64_t)v;
	r.err = err;
	return r;
}

static int
first_err(struct evalval a, struct evalval b)
{
	return a.err ? a.err : b.err;
}

/* a binary operation that cannot fail: its value, the first error */
#define BIN(a, b, v)	mk((v), first_err((a), (b)))

/*
 * GNU m4's recursive-descent parser stops where a value error (division
 * by zero, a bad power) is found.  Unless an enclosing && or || whose
 * operand is not evaluated forgives it, that error ends the eval (no
 * later token is even read).  A forgiven error ends that operand where
 * it happened, and only what may follow an operand of that && or ||
 * at the same parenthesis level can come next; anything else is excess
 * input.  la is the lookahead token, the first one after the error.
 */
static int
la_depth(struct evalctx *ctx, int la)
{
	return ctx->depth - (la == '(') + (la == ')');
}

static struct evalval
fail_at(struct evalctx *ctx, int la, int err)
{
	int i, d = la_depth(ctx, la), op;

	for (i = ctx->nskip - 1; i >= 0; i--)
		if (ctx->skip[i].skipping)
			break;
	if (i < 0) {
		ctx->abort = 1;
		ctx->abort_err = err;
		return mk(0, err);
	}
	op = ctx->skip[i].op;
	if (d != ctx->skip[i].depth ||
	    !(la == M4EVAL_EOF || la == ')' || la == OROR ||
	    (op == ANDAND && la == ANDAND))) {
		ctx->syntax = 1;
		ctx->abort = 1;
	}
	return mk(0, err);
}

static void
skip_push(struct evalctx *ctx, int op, int la, struct evalval lhs)
{
	if (ctx->nskip == EVAL_NEST) {
		ctx->syntax = 1;
		ctx->abort = 1;
		return;
	}
	ctx->skip[ctx->nskip].op = op;
	ctx->skip[ctx->nskip].depth = la == M4EVAL_EMPTY ? ctx->depth :
	    la_depth(ctx, la);
	ctx->skip[ctx->nskip].skipping = lhs.err != 0 ||
	    (op == ANDAND ? lhs.v == 0 : lhs.v != 0);
	ctx->nskip++;
}

static struct evalval
power(struct evalctx *ctx, int la, struct evalval a, struct evalval b)
{
	uint32_t r = 1, base = (uint32_t)a.v;
	int32_t e = b.v;

	if (first_err(a, b))
		return mk(0, first_err(a, b));
	if (e < 0)
		return fail_at(ctx, la, EV_NEGEXP);
	if (e == 0 && a.v == 0)
		return fail_at(ctx, la, EV_DIVZERO);
	while (e > 0) {
		if (e & 1)
			r *= base;
		base *= base;
		e >>= 1;
	}
	return mk((int32_t)r, 0);
}

static struct evalval
divide(struct evalctx *ctx, int la, struct evalval a, struct evalval b,
    int mod)
{
	if (first_err(a, b))
		return mk(0, first_err(a, b));
	if (b.v == 0)
		return fail_at(ctx, la, mod ? EV_MODZERO : EV_DIVZERO);
	if (b.v == -1)
		return mk(mod ? 0 : -(int64_t)a.v, 0);
	return mk(mod ? a.v % b.v : a.v / b.v, 0);
}
}

%token NUM
%token OROR "||" ANDAND "&&" EQ "==" NE "!=" LE "<=" GE ">="
%token SHL "<<" SHR ">>" POW "**"

%left "||"
%left "&&"
%left '|'
%left '^'
%left '&'
%left "==" "!="
%left '<' "<=" '>' ">="
%left "<<" ">>"
%left '+' '-'
%left '*' '/' '%'
%right "**"
%precedence UNARY

%%

input:	expr			{ ctx->result = $1; }
	;

expr:	NUM
	| '(' expr ')'		{ $$ = $2; }
	| '-' expr %prec UNARY	{ $$ = mk(-(int64_t)$2.v, $2.err); }
	| '+' expr %prec UNARY	{ $$ = $2; }
	| '~' expr %prec UNARY	{ $$ = mk(~$2.v, $2.err); }
	| '!' expr %prec UNARY	{ $$ = mk(!$2.v, $2.err); }
	| expr "**" expr	{
		$$ = power(ctx, yychar, $1, $3);
		if (ctx->abort)
			YYABORT;
	}
	| expr '*' expr		{ $$ = BIN($1, $3, (int64_t)$1.v * $3.v); }
	| expr '/' expr		{
		$$ = divide(ctx, yychar, $1, $3, 0);
		if (ctx->abort)
			YYABORT;
	}
	| expr '%' expr		{
		$$ = divide(ctx, yychar, $1, $3, 1);
		if (ctx->abort)
			YYABORT;
	}
	| expr '+' expr		{ $$ = BIN($1, $3, (int64_t)$1.v + $3.v); }
	| expr '-' expr		{ $$ = BIN($1, $3, (int64_t)$1.v - $3.v); }
	| expr "<<" expr	{
		$$ = BIN($1, $3, (int32_t)((uint32_t)$1.v << ($3.v & 31)));
	}
	| expr ">>" expr	{ $$ = BIN($1, $3, $1.v >> ($3.v & 31)); }
	| expr '<' expr		{ $$ = BIN($1, $3, $1.v < $3.v); }
	| expr "<=" expr	{ $$ = BIN($1, $3, $1.v <= $3.v); }
	| expr '>' expr		{ $$ = BIN($1, $3, $1.v > $3.v); }
	| expr ">=" expr	{ $$ = BIN($1, $3, $1.v >= $3.v); }
	| expr "==" expr	{ $$ = BIN($1, $3, $1.v == $3.v); }
	| expr "!=" expr	{ $$ = BIN($1, $3, $1.v != $3.v); }
	| expr '&' expr		{ $$ = BIN($1, $3, $1.v & $3.v); }
	| expr '^' expr		{ $$ = BIN($1, $3, $1.v ^ $3.v); }
	| expr '|' expr		{ $$ = BIN($1, $3, $1.v | $3.v); }
	| expr "&&" {
		skip_push(ctx, ANDAND, yychar, $1);
		if (ctx->abort)
			YYABORT;
	} expr {
		ctx->nskip--;
		if ($1.err)
			$$ = $1;
		else if ($1.v == 0)
			$$ = mk(0, 0);
		else
			$$ = mk($4.v != 0, $4.err);
	}
	| expr "||" {
		skip_push(ctx, OROR, yychar, $1);
		if (ctx->abort)
			YYABORT;
	} expr {
		ctx->nskip--;
		if ($1.err)
			$$ = $1;
		else if ($1.v != 0)
			$$ = mk(1, 0);
		else
			$$ = mk($4.v != 0, $4.err);
	}
	;

%%

static int
digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 99;
}

static int
lex_number(M4EVAL_STYPE *lv, struct evalctx *ctx)
{
	const char *p = ctx->p;
	uint32_t v = 0;
	int radix = 10;

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
		radix = 16;
		p += 2;
	} else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B')) {
		radix = 2;
		p += 2;
	} else if (p[0] == '0' && (p[1] == 'r' || p[1] == 'R')) {
		p += 2;
		radix = 0;
		while (*p >= '0' && *p <= '9') {
			if (radix < 100)
				radix = radix * 10 + (*p - '0');
			p++;
		}
		if (radix < 1 || radix > 36 || *p != ':') {
			ctx->syntax = 1;
			return M4EVAL_error;
		}
		p++;
	} else if (p[0] == '0')
		radix = 8;
	if (radix == 1) {
		while (*p == '1') {
			v++;
			p++;
		}
	} else
		while (digit_value((unsigned char)*p) < radix) {
			v = v * (uint32_t)radix +
			    (uint32_t)digit_value((unsigned char)*p);
			p++;
		}
	if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
	    *p == '_') {
		ctx->syntax = 1;
		return M4EVAL_error;
	}
	ctx->p = p;
	lv->v = (int32_t)v;
	lv->err = 0;
	return NUM;
}

static int
m4eval_lex(M4EVAL_STYPE *lv, struct evalctx *ctx)
{
	const char *p;
	int c;

	while (*ctx->p == ' ' || *ctx->p == '\t' || *ctx->p == '\n' ||
	    *ctx->p == '\r' || *ctx->p == '\v' || *ctx->p == '\f')
		ctx->p++;
	p = ctx->p;
	c = (unsigned char)*p;
	if (c == '\0')
		return M4EVAL_EOF;
	if (c >= '0' && c <= '9')
		return lex_number(lv, ctx);
	ctx->p++;
	/* C's assignment and increment operators */
	if (((c == '+' || c == '-') && p[1] == c) ||
	    (strchr("+-*/%&|^", c) != NULL && p[1] == '=') ||
	    ((c == '<' || c == '>') && p[1] == c && p[2] == '=') ||
	    (c == '*' && p[1] == '*' && p[2] == '=')) {
		ctx->badop = 1;
		return M4EVAL_error;
	}
	switch (c) {
	case '|':
		if (p[1] == '|')
			return ctx->p++, OROR;
		return c;
	case '&':
		if (p[1] == '&')
			return ctx->p++, ANDAND;
		return c;
	case '=':
		if (p[1] == '=')
			return ctx->p++, EQ;
		if (!ctx->eq_warned++)
			eval_diag(ctx->m, ctx->call, EVD_EQ, NULL);
		return EQ;
	case '!':
		if (p[1] == '=')
			return ctx->p++, NE;
		return c;
	case '<':
		if (p[1] == '=')
			return ctx->p++, LE;
		if (p[1] == '<')
			return ctx->p++, SHL;
		return c;
	case '>':
		if (p[1] == '=')
			return ctx->p++, GE;
		if (p[1] == '>')
			return ctx->p++, SHR;
		return c;
	case '*':
		if (p[1] == '*')
			return ctx->p++, POW;
		return c;
	case '(':
		ctx->depth++;
		return c;
	case ')':
		ctx->depth--;
		return c;
	case '+': case '-': case '/': case '%': case '^': case '~':
		return c;
	default:
		ctx->syntax = 1;
		return M4EVAL_error;
	}
}

static void
m4eval_error(struct evalctx *ctx, const char *msg)
{
	(void)msg;
	ctx->syntax = 1;
}

/* Evaluate expr; 0 with *vp set, or -1 after reporting an error. */
int
m4eval_run(struct m4 *m, void *call, const char *expr, long *vp)
{
	struct evalctx ctx;

	memset(&ctx, 0, sizeof(ctx));
	ctx.p = expr;
	ctx.m = m;
	ctx.call = call;
	if (*expr == '\0') {
		eval_diag(m, call, EVD_EMPTY, expr);
		*vp = 0;
		return 0;
	}
	if (m4eval_parse(&ctx) != 0 && ctx.abort_err && !ctx.syntax &&
	    !ctx.badop)
		ctx.result.err = ctx.abort_err;
	else if (ctx.syntax || ctx.badop || ctx.abort) {
		eval_diag(m, call, ctx.badop ? EVD_BADOP : EVD_SYNTAX, expr);
		return -1;
	}
	if (ctx.result.err) {
		eval_diag(m, call, ctx.result.err == EV_DIVZERO ? EVD_DIVZERO :
		    ctx.result.err == EV_MODZERO ? EVD_MODZERO : EVD_NEGEXP,
		    expr);
		return -1;
	}
	*vp = ctx.result.v;
	return 0;
}
