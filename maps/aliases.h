/*
 * aliases.h -- parser of aliases(5) files, shared by newaliases, praliases
 * and the runtime.  It reproduces what sendmail 8.17's alias reader
 * (`sendmail -bi`) makes of a file:
 *
 *   - physical lines are read into an 8192-byte (BUFSIZ) line buffer;
 *     a line ending in a backslash is joined with the next one (the
 *     backslash and newline vanish); a line starting with a blank or tab
 *     continues the previous entry (the newline vanishes, the blank
 *     stays); '#' at the start of a line is a comment, and so are the
 *     indented lines after it (an indented line after an empty line or
 *     an error is an error);
 *   - the LHS is the text up to the first ':', read as an address: blanks
 *     between words become '.', comments in parentheses vanish, an
 *     address in <angle brackets> is taken alone, a local "@host" is
 *     dropped; the result is lowercased and is the key;
 *   - the RHS is the rest of the logical line, leading blanks skipped,
 *     otherwise verbatim; it is the value.
 *
 * Messages are sendmail's texts without the file:line prefix, e.g.
 * "missing colon", "root... cannot alias non-local names".
 *
 * The parser never prints; entries and messages go to the handler.
 */
#ifndef MAILCF_ALIASES_H
#define MAILCF_ALIASES_H

#include <stddef.h>

#define ALIASES_LINEMAX	8192	/* sendmail's BUFSIZ line buffer */

/* One alias; the strings are borrowed until the callback returns. */
struct alias_entry {
	const char	*key;	/* lowercased LHS, NUL-terminated */
	size_t		 klen;	/* without the NUL */
	const char	*val;	/* RHS, NUL-terminated */
	size_t		 vlen;
	const char	*paddr;	/* the LHS as written (for messages) */
	unsigned	 line;	/* last physical line read for it */
};

struct alias_handler {
	int	(*entry)(void *arg, const struct alias_entry *);
	/* error: 1 for an error (sendmail exits 70), 0 for a warning */
	int	(*message)(void *arg, unsigned line, int error,
		    const char *text);
	void	*arg;
};

struct aliases_opts {
	/* host names that make "user@host" local (besides localhost) */
	const char	**localnames;
	size_t		  nlocal;
};

/*
 * Parse buf[0..len).  Returns 0, or the first non-zero value a handler
 * returned.
 */
int	aliases_parse(const char *buf, size_t len, const struct aliases_opts *,
	    const struct alias_handler *);

#endif
