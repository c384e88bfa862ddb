/*
 * strbuf.h -- a growable byte buffer, always NUL-terminated.
 * The buffer owns its bytes; strbuf_detach() transfers them to the caller.
 */
#ifndef MAILCF_STRBUF_H
#define MAILCF_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char	*buf;
	size_t	 len;
	size_t	 cap;
};

#define STRBUF_INIT { NULL, 0, 0 }

void	 strbuf_init(struct strbuf *);
void	 strbuf_free(struct strbuf *);
void	 strbuf_reset(struct strbuf *);		/* len = 0, keeps memory */
void	 strbuf_grow(struct strbuf *, size_t extra);
void	 strbuf_add(struct strbuf *, const void *, size_t);
void	 strbuf_addc(struct strbuf *, int);
void	 strbuf_adds(struct strbuf *, const char *);
void	 strbuf_addf(struct strbuf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 strbuf_vaddf(struct strbuf *, const char *, va_list)
	    __attribute__((format(printf, 2, 0)));
char	*strbuf_detach(struct strbuf *, size_t *lenp);
const char *strbuf_str(const struct strbuf *);	/* "" when empty */

#endif
