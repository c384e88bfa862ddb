/*
 * xalloc.h -- checked allocation.  Failure prints "out of memory" and
 * exits EX_OSERR, so callers never test for NULL.
 */
#ifndef MAILCF_XALLOC_H
#define MAILCF_XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xmemdup(const void *, size_t);
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
