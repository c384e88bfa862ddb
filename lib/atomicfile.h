/*
 * atomicfile.h -- safe replacement of a published file.
 *
 *   1. a temporary file "<target>.XXXXXX" in the target's directory,
 *      fchmod'ed to the final mode;
 *   2. the caller writes it; commit checks fflush/ferror, fsync()s,
 *      checks close();
 *   3. rename() over the target, then fsync() of the directory;
 *   4. on any error the temporary is unlinked and the old target is
 *      untouched.
 *
 * Functions return 0 or -1; on -1, err (when not NULL) holds a sentence
 * naming the file and the system error.  They never print or exit.
 */
#ifndef MAILCF_ATOMICFILE_H
#define MAILCF_ATOMICFILE_H

#include <stdio.h>
#include <sys/types.h>

#define ATOMICFILE_ERRLEN	512

struct atomicfile {
	char	*target;	/* owned */
	char	*tmppath;	/* owned */
	int	 fd;
	FILE	*fp;		/* stdio stream on fd */
};

/* Open a temporary beside target; af->fp is ready for writing. */
int	atomicfile_open(struct atomicfile *, const char *target, mode_t,
	    char *err, size_t errlen);
/* Flush, fsync, close, rename over the target, fsync the directory. */
int	atomicfile_commit(struct atomicfile *, char *err, size_t errlen);
/* Close and unlink the temporary; the target is untouched. */
void	atomicfile_abort(struct atomicfile *);

/*
 * For files written by another library (LMDB with MDB_NOSUBDIR): make a
 * unique temporary name beside target (the file is created empty with
 * mode), and later publish it: fsync it, rename it over target, fsync the
 * directory.  On failure atomicfile_publish unlinks tmp.
 */
char	*atomicfile_mktemp(const char *target, mode_t, char *err,
	    size_t errlen);
int	atomicfile_publish(const char *tmp, const char *target, char *err,
	    size_t errlen);
/* fsync() the directory that holds path. */
int	atomicfile_syncdir(const char *path, char *err, size_t errlen);

/* Write a whole buffer to target atomically. */
int	atomicfile_write(const char *target, const void *, size_t, mode_t,
	    char *err, size_t errlen);

/*
 * Test hook: when set, the next N-th write(2)-level operation inside
 * atomicfile_commit fails with this errno (0: off).  Used by the tests
 * to show the old file survives a failed write.
 */
void	atomicfile_inject_failure(int err_no);

#endif
