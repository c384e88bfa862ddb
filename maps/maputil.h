/*
 * maputil.h -- what the map tools share besides the map itself: reading a
 * whole file, and the few facts they need from a configuration file
 * (sendmail.cf now; the compiled .cft once it exists).
 *
 * Functions return 0 / -1 with errno set; they never print.
 */
#ifndef MAILCF_MAPUTIL_H
#define MAILCF_MAPUTIL_H

#include <stddef.h>

/*
 * Read all of fd into a new buffer with one spare byte at the end (set
 * to NUL); *buf is transferred to the caller.
 */
int	maputil_readfd(int fd, char **buf, size_t *len);
/* The same for a file by name. */
int	maputil_readfile(const char *path, char **buf, size_t *len);

/*
 * Values of option name in cf text: "O Name=value" lines (case of the
 * name ignored) and, when shortopt is not 0, old "O<c>value" / "<c>" lines.
 * Comma-separated values are split and trimmed.  Returns the number of
 * values; *vals (and each string) is transferred to the caller.
 */
size_t	maputil_cf_option(const char *cf, size_t len, const char *name,
	    int shortopt, char ***vals);

/*
 * The class of the K line whose file is mapname: full path compare, or
 * with base names without extension when basenames is set (makemap's
 * "cf" / "CF" types).  Returns an allocated class name or NULL.
 */
char	*maputil_cf_mapclass(const char *cf, size_t len, const char *mapname,
	    int basenames);

void	maputil_free_list(char **, size_t);

#endif
