/*
 * mapsrc.h -- the "key value" source format read by makemap (and by lint
 * and the runtime for the same files), with real sendmail makemap's rules:
 *
 *   - lines are read as fgets() into a 1024-byte buffer would: at most
 *     1023 bytes; a longer line is an error "line too long" and the rest
 *     of the physical line is read as further lines; a NUL byte before
 *     the newline makes the line "too long" as well;
 *   - an empty line, or one whose first byte is the comment character,
 *     is skipped;
 *   - without a separator character, a line starting with white space
 *     (blank, tab, CR, VT, FF) is an error "syntax error (leading space)";
 *   - the key ends at the first separator (any white space, or only the
 *     -t character); the value starts after the run of separators and
 *     runs verbatim to the end of the line (a CR is kept);
 *   - no value is an error "no RHS for LHS KEY" unless empty values are
 *     allowed;
 *   - keys are lowercased (ASCII) when folding; the key and the value get
 *     a trailing NUL when asked to.
 *
 * The parser works in place on a caller's buffer that has one spare byte
 * after len (it writes NULs there and folds keys).  It never prints.
 */
#ifndef MAILCF_MAPSRC_H
#define MAILCF_MAPSRC_H

#include <stddef.h>

#define MAPSRC_LINEMAX	1024	/* sendmail's buffer, newline and NUL included */

struct mapsrc_opts {
	int	sep;		/* 0: white space; else the one separator */
	int	comment;	/* comment character at line start ('#') */
	int	fold;		/* lowercase keys */
	int	nul;		/* include a trailing NUL in key and value */
	int	allowempty;	/* an empty value is fine (-e) */
};

enum mapsrc_error {
	MAPSRC_TOOLONG,		/* "line too long (1024 bytes max)" */
	MAPSRC_LEADSPACE,	/* "syntax error (leading space)" */
	MAPSRC_NORHS		/* "no RHS for LHS %s" */
};

/*
 * An entry: key and val point into the buffer (borrowed until it is
 * freed); klen/vlen include the NUL when opts.nul.  key is always
 * NUL-terminated at key[klen - nul] and so is val.
 */
struct mapsrc_entry {
	char		*key;
	size_t		 klen;
	char		*val;
	size_t		 vlen;
	unsigned	 line;
};

struct mapsrc_handler {
	/* each good line; return 0 to go on */
	int	(*entry)(void *arg, const struct mapsrc_entry *);
	/* each bad line; key is the (folded) key for MAPSRC_NORHS, else NULL */
	int	(*error)(void *arg, unsigned line, enum mapsrc_error,
		    const char *key);
	void	*arg;
};

/*
 * Parse buf[0..len) (buf must have len + 1 bytes).  Returns 0, or the
 * first non-zero value a handler returned.
 */
int	mapsrc_parse(char *buf, size_t len, const struct mapsrc_opts *,
	    const struct mapsrc_handler *);

/* The message text for an error, e.g. "syntax error (leading space)". */
const char *mapsrc_strerror(enum mapsrc_error);

#endif
