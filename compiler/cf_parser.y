/*
 * cf_parser.y -- pure bison grammar of the cf line language (see cf.h).
 *
 * One statement per line; the scanner has already split each line into
 * the parts its first letter implies, so the grammar checks the order of
 * the parts and hands them to the builders in model.c, which type-check
 * the values.  `error NL` recovers at the end of the line, so a file with
 * many mistakes reports them all.  Errors found by the scanner arrive as
 * LEXERR, already reported; the syntax error they cause is not repeated.
 */
%define api.pure full
%define api.prefix {cfyy}
%define parse.error custom
%define parse.lac full
%locations
%expect 0

%param {void *scanner}
%parse-param {struct cf_scan *cs}

%code requires {
#include "compiler/cf.h"
}

%code provides {
int	cfyylex(CFYYSTYPE *, CFYYLTYPE *, void *);
}

%code {
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "xalloc.h"

static void	cfyyerror(CFYYLTYPE *, void *, struct cf_scan *, const char *);
static struct diag_loc	L(const struct cf_scan *, const CFYYLTYPE *);
}

%union {
	char		*str;
	struct cf_piece	*piece;
	struct cf_words	*words;
	int		 num;
}

%token KW_V "V statement" KW_D "D statement" KW_C "C statement"
%token KW_F "F statement" KW_O "O statement" KW_K "K statement"
%token KW_M "M statement" KW_Q "Q statement" KW_X "X statement"
%token KW_H "H statement" KW_S "S statement" KW_R "R statement"
%token KW_P "P statement" KW_T "T statement" KW_E "E statement"
%token <str> KW_AT "@ directive"
%token NL "end of line"
%token <str> TEXT "text" NAME "name" WORD "word" OPTNAME "option name"
%token <str> FIELD "'Key=value' field" HCOND "?condition?"
%token <str> DFIELD "directive field"
%token <piece> RTOK "rule token"
%token RSEP "TAB" DSEP "TAB separator"
%token LEXERR "invalid text"

%type <words> words fields dfields
%type <piece> rtoks
%type <num> mkind

%destructor { free($$); } <str>
%destructor { cf_piece_free($$); } <piece>
%destructor { cf_words_free($$); } <words>

%%

file:	  %empty
	| file stmt
	;

stmt:	  NL
	| KW_V TEXT NL
		{ struct diag_loc l = L(cs, &@2);
		  model_set_version(cs->model, $2, &l); free($2); }
	| KW_D NAME TEXT NL
		{ struct diag_loc l = L(cs, &@1);
		  model_add_macro(cs->model, $2, $3, &l); free($2); free($3); }
	| KW_C NAME words NL
		{ struct diag_loc l = L(cs, &@1);
		  model_add_class_words(cs->model, $2, $3->v, $3->n, &l);
		  free($2); cf_words_free($3); }
	| KW_F NAME TEXT NL
		{ struct diag_loc l = L(cs, &@3);
		  model_add_class_file(cs->model, $2, $3, &l);
		  free($2); free($3); }
	| KW_O OPTNAME TEXT NL
		{ struct diag_loc nl = L(cs, &@2), vl = L(cs, &@3);
		  model_add_option(cs->model, $2, @2.first_column > 2, $3,
		      &nl, &vl);
		  free($2); free($3); }
	| KW_O OPTNAME NL
		{ struct diag_loc nl = L(cs, &@2);
		  model_add_option(cs->model, $2, @2.first_column > 2, NULL,
		      &nl, &nl);
		  free($2); }
	| KW_K WORD WORD TEXT NL
		{ struct diag_loc l = L(cs, &@1);
		  l.len = @3.last_column - @1.first_column;
		  model_add_map(cs->model, $2, $3, $4, &l);
		  free($2); free($3); free($4); }
	| mkind WORD fields NL
		{ struct diag_loc l = L(cs, &@1);
		  l.len = @2.last_column - @1.first_column;
		  model_add_fielded(cs->model, $1, $2, $3->v,
		      $3->locs, $3->n, &l);
		  free($2); cf_words_free($3); }
	| KW_H WORD TEXT NL
		{ struct diag_loc l = L(cs, &@2);
		  model_add_header(cs->model, NULL, $2, $3, &l);
		  free($2); free($3); }
	| KW_H HCOND WORD TEXT NL
		{ struct diag_loc l = L(cs, &@2);
		  model_add_header(cs->model, $2, $3, $4, &l);
		  free($2); free($3); free($4); }
	| KW_S WORD NL
		{ struct diag_loc l = L(cs, &@2);
		  model_add_ruleset(cs->model, $2, NULL, &l); free($2); }
	| KW_S WORD '=' WORD NL
		{ struct diag_loc l = L(cs, &@2);
		  model_add_ruleset(cs->model, $2, $4, &l);
		  free($2); free($4); }
	| KW_R rtoks RSEP rtoks NL
		{ struct diag_loc l = L(cs, &@1);
		  model_add_rule(cs->model, $2, $4, NULL, &l); }
	| KW_R rtoks RSEP rtoks RSEP TEXT NL
		{ struct diag_loc l = L(cs, &@1);
		  model_add_rule(cs->model, $2, $4, $6, &l); }
	| KW_P TEXT NL
		{ struct diag_loc l = L(cs, &@2);
		  model_add_prec(cs->model, $2, &l); free($2); }
	| KW_T words NL
		{ struct diag_loc l = L(cs, &@1);
		  model_add_trusted(cs->model, $2->v, $2->n, &l);
		  cf_words_free($2); }
	| KW_E TEXT NL
		{ struct diag_loc l = L(cs, &@2);
		  model_add_env(cs->model, $2, &l); free($2); }
	| KW_AT dfields NL
		{ struct diag_loc l = L(cs, &@1);
		  model_add_directive(cs->model, $1, $2->v, $2->n, &l);
		  free($1); cf_words_free($2); }
	| error NL
		{ yyerrok; }
	;

mkind:	  KW_M	{ $$ = 'M'; }
	| KW_Q	{ $$ = 'Q'; }
	| KW_X	{ $$ = 'X'; }
	;

words:	  %empty	{ $$ = cf_words_new(); }
	| words WORD
		{ struct diag_loc l = L(cs, &@2);
		  $$ = $1; cf_words_add($$, $2, &l); }
	;

fields:	  %empty	{ $$ = cf_words_new(); }
	| fields ','	{ $$ = $1; }
	| fields FIELD
		{ struct diag_loc l = L(cs, &@2);
		  $$ = $1; cf_words_add($$, $2, &l); }
	;

rtoks:	  %empty	{ $$ = NULL; }
	| rtoks RTOK
		{ struct cf_piece **pp;
		  for (pp = &$1; *pp != NULL; pp = &(*pp)->next)
			;
		  *pp = $2;
		  $$ = $1; }
	;

dfields:  %empty	{ $$ = cf_words_new(); }
	| dfields DSEP
		{ struct diag_loc l = L(cs, &@2);
		  $$ = $1; cf_words_add($$, xstrdup(""), &l); }
	| dfields DSEP DFIELD
		{ struct diag_loc l = L(cs, &@3);
		  $$ = $1; cf_words_add($$, $3, &l); }
	;

%%

static struct diag_loc
L(const struct cf_scan *s, const CFYYLTYPE *ll)
{
	int len = 1;

	if (ll->first_line == ll->last_line &&
	    ll->last_column > ll->first_column)
		len = ll->last_column - ll->first_column;
	return cf_loc(s, ll->first_line, ll->first_column, len);
}

static void
cfyyerror(CFYYLTYPE *ll, void *scanner, struct cf_scan *s, const char *msg)
{
	struct diag_loc loc = L(s, ll);

	(void)scanner;
	cf_error(s, &loc, msg);
}

/* "expected X or Y before Z", at the offending token. */
static int
yyreport_syntax_error(const yypcontext_t *ctx, void *scanner,
    struct cf_scan *s)
{
	enum { NEXP = 5 };
	yysymbol_kind_t exp[NEXP], tok;
	struct strbuf sb = STRBUF_INIT;
	struct diag_loc loc;
	int n, i;

	(void)scanner;
	tok = yypcontext_token(ctx);
	if (tok == YYSYMBOL_LEXERR)
		return 0;	/* the scanner said it already */
	loc = L(s, yypcontext_location(ctx));
	n = yypcontext_expected_tokens(ctx, exp, NEXP);
	strbuf_adds(&sb, "syntax error");
	if (n > 0) {
		strbuf_adds(&sb, ": expected ");
		for (i = 0; i < n; i++)
			strbuf_addf(&sb, "%s%s", i == 0 ? "" :
			    i == n - 1 ? " or " : ", ", yysymbol_name(exp[i]));
	}
	if (tok != YYSYMBOL_YYEMPTY)
		strbuf_addf(&sb, "%s%s", n > 0 ? " before " : ": unexpected ",
		    yysymbol_name(tok));
	cf_error(s, &loc, strbuf_str(&sb));
	strbuf_free(&sb);
	return 0;
}
