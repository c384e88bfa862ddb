/*
 * cftable.h -- the container format of a compiled rule table (host.cft).
 *
 * Properties (docs/cftable.md, mailcf.cft(5)):
 *   - magic "MAILCFT\n", a format version, a CRC-32 of the whole body;
 *   - fixed little-endian integers, 4-byte aligned;
 *   - typed, length-prefixed sections, ending in an end marker (type 0);
 *   - strings live in one pool section and are referenced as
 *     (offset, length) pairs: no pointers, so a table is used straight
 *     from mmap;
 *   - deterministic: the same calls give the same bytes.
 *
 * The writer and the reader stand side by side here.  The reader checks
 * every bound and rejects a truncated or corrupt table with a sentence in
 * the caller's error buffer; it never reads outside the buffer.
 * Functions return 0 or -1 and never print or exit.
 */
#ifndef MAILCF_CFTABLE_H
#define MAILCF_CFTABLE_H

#include <stddef.h>
#include <stdint.h>

#define CFT_MAGIC		"MAILCFT\n"
#define CFT_VERSION		1
#define CFT_HEADER_SIZE		24
#define CFT_SECT_END		0
#define CFT_SECT_STRINGS	1	/* the string pool */
#define CFT_ERRLEN		256

/* ---- writer ---- */
struct cft_writer;

struct cft_writer *cft_writer_new(void);
void	cft_writer_free(struct cft_writer *);
/* Start a section of a type >= 2; sections may not nest. */
void	cft_begin(struct cft_writer *, uint32_t type);
void	cft_end(struct cft_writer *);
void	cft_put_u32(struct cft_writer *, uint32_t);
/* A string: stored once in the pool (deduplicated), written as off,len. */
void	cft_put_str(struct cft_writer *, const char *, size_t);
void	cft_put_cstr(struct cft_writer *, const char *);	/* NULL ok */
/* The finished table; the buffer is owned by the caller (free()). */
void	cft_finish(struct cft_writer *, unsigned char **bufp, size_t *lenp);

/* ---- reader ---- */
struct cft_table {
	const unsigned char	*buf;		/* borrowed (or mmap'ed) */
	size_t			 len;
	const unsigned char	*pool;		/* string pool */
	uint32_t		 poollen;
	void			*map;		/* set by cft_map_file */
	size_t			 maplen;
};

struct cft_cursor {
	const struct cft_table	*t;
	const unsigned char	*p, *end;
	int			 bad;		/* set on any out-of-bounds read */
};

/* Validate a whole buffer: header, checksum, sections, string refs frame. */
int	cft_open(struct cft_table *, const void *buf, size_t len,
	    char *err, size_t errlen);
/* mmap a file read-only and cft_open it; cft_close unmaps. */
int	cft_map_file(struct cft_table *, const char *path, char *err,
	    size_t errlen);
void	cft_close(struct cft_table *);

/* The first section of a type (0 when found), or -1 when absent. */
int	cft_section(const struct cft_table *, uint32_t type,
	    struct cft_cursor *);
/* Iterate sections in file order: start with c->p == NULL. */
int	cft_next_section(const struct cft_table *, struct cft_cursor *,
	    uint32_t *type);
int	cft_get_u32(struct cft_cursor *, uint32_t *);
/* A string reference; *s is borrowed from the table, not NUL-terminated. */
int	cft_get_str(struct cft_cursor *, const char **s, size_t *len);
int	cft_at_end(const struct cft_cursor *);

uint32_t cft_crc32(const void *, size_t);
/* Write the checksum of the body of the LEN-byte table at BUF into its
   header (the writer's last step; tests and fuzzers that damage a table on
   purpose use it so that only the section reader can tell). */
void	cft_seal(void *buf, size_t len);

#endif
