/*
 * progress.h -- a progress bar on stderr for long map builds.  It shows
 * only when stderr is a terminal and the build has already run for a
 * second, so pipes, logs and quick builds never see it.
 */
#ifndef MAILCF_PROGRESS_H
#define MAILCF_PROGRESS_H

#include <stddef.h>

struct progress;

/* Start timing; label names the file being built (borrowed). */
struct progress	*progress_start(const char *label);
/* Phase name (static string) and done/total units; cheap to call often. */
void		 progress_update(struct progress *, const char *phase,
		    size_t done, size_t total);
/* Erase the bar (if it was shown) and free. */
void		 progress_end(struct progress *);
/* An lmdbmap_progress_fn that forwards to progress_update("writing"). */
void		 progress_lmdb(void *arg, size_t done, size_t total);

#endif
