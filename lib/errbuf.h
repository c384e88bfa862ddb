/*
 * errbuf.h -- the caller-supplied error buffer of library functions
 * (STYLE.md §5: they fill it and return -1, never print or exit).
 */
#ifndef MAILCF_ERRBUF_H
#define MAILCF_ERRBUF_H

#include <stddef.h>

/* Format into err (when not NULL and errlen > 0); always returns -1. */
int	errbuf_set(char *err, size_t errlen, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

#endif
