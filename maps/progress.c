/*
 * progress.c -- the progress bar of makemap and newaliases; see progress.h.
 * Redraws at most ten times a second, with "\r" and an erase at the end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "xalloc.h"

#include "maps/progress.h"

struct progress {
	const char	*label;
	double		 after;		/* seconds before the bar shows */
	double		 start;
	double		 last;
	int		 tty;
	int		 shown;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct progress *
progress_start(const char *label)
{
	struct progress *p = xcalloc(1, sizeof(*p));

	p->label = label;
	p->tty = isatty(STDERR_FILENO);
	/* MAILCF_PROGRESS_AFTER: the one-second delay, for tests */
	p->after = getenv("MAILCF_PROGRESS_AFTER") ?
	    atof(getenv("MAILCF_PROGRESS_AFTER")) : 1.0;
	p->start = now();
	return p;
}

void
progress_update(struct progress *p, const char *phase, size_t done,
    size_t total)
{
	double t;
	int width = 30, fill, i;
	char bar[32];

	if (p == NULL || !p->tty)
		return;
	t = now();
	if (t - p->start < p->after || t - p->last < 0.1)
		return;
	p->last = t;
	fill = total ? (int)((double)done / (double)total * width) : 0;
	if (fill > width)
		fill = width;
	for (i = 0; i < width; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[width] = '\0';
	fprintf(stderr, "\r%s: %-8s [%s] %3d%%", p->label, phase, bar,
	    total ? (int)((double)done * 100 / (double)total) : 0);
	fflush(stderr);
	p->shown = 1;
}

void
progress_lmdb(void *arg, size_t done, size_t total)
{
	progress_update(arg, "writing", done, total);
}

void
progress_end(struct progress *p)
{
	if (p == NULL)
		return;
	if (p->shown)
		fprintf(stderr, "\r\033[K");
	free(p);
}
