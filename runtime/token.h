/*
 * token.h -- sendmail's address tokenizer and cataddr(), as the policy
 * engine needs them.
 *
 * An address is split into tokens the way sendmail's prescan() does for
 * a configuration built by the m4 cf kit: OperatorChars ".:%@!^/[]+" plus
 * the fixed delimiters "()<>,;" are one-character tokens, a "quoted
 * string" is one token (quotes kept), blanks separate atoms and vanish.
 * tok_join() puts tokens back together like cataddr(): one blank only
 * between two consecutive atoms.
 *
 * A struct toks owns its token strings; tok_free() releases them.
 */
#ifndef MAILCF_RUNTIME_TOKEN_H
#define MAILCF_RUNTIME_TOKEN_H

#include <stddef.h>

struct strbuf;

struct toks {
	char	**v;
	int	  n;
	int	  cap;
};

#define TOKS_INIT { NULL, 0, 0 }

void	 tok_split(struct toks *, const char *);	/* appends */
void	 tok_push(struct toks *, const char *);
void	 tok_pushn(struct toks *, const char *, size_t);
void	 tok_append(struct toks *, const struct toks *, int from, int to);
void	 tok_free(struct toks *);
void	 tok_clear(struct toks *);
int	 tok_is_atom(const char *);
int	 tok_is_op(const char *, const char *ops);	/* single-char op in ops */
/* cataddr() of tokens [from, to) into sb (appended). */
void	 tok_join(struct strbuf *, const struct toks *, int from, int to);
/* Returns a newly allocated cataddr() string of [from, to). */
char	*tok_joins(const struct toks *, int from, int to);
/* Index of the first/last token equal to s in [from, to), or -1. */
int	 tok_find(const struct toks *, const char *, int from, int to);
int	 tok_rfind(const struct toks *, const char *, int from, int to);

#endif
