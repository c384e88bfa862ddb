/* atomicfile.c -- safe replacement of a published file; see atomicfile.h. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomicfile.h"
#include "errbuf.h"
#include "xalloc.h"

static int injected_errno;

void
atomicfile_inject_failure(int err_no)
{
	injected_errno = err_no;
}

int
atomicfile_syncdir(const char *path, char *err, size_t errlen)
{
	char *copy, *dir;
	int fd, rc = 0;

	copy = xstrdup(path);
	dir = dirname(copy);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) == -1) {
		errbuf_set(err, errlen, "cannot open directory %s: %s", dir,
		    strerror(errno));
		free(copy);
		return -1;
	}
	if (fsync(fd) == -1 && errno != EINVAL) {
		errbuf_set(err, errlen, "cannot fsync directory %s: %s", dir,
		    strerror(errno));
		rc = -1;
	}
	close(fd);
	free(copy);
	return rc;
}

char *
atomicfile_mktemp(const char *target, mode_t mode, char *err, size_t errlen)
{
	char *tmp;
	int fd;

	tmp = xasprintf("%s.XXXXXX", target);
	if ((fd = mkstemp(tmp)) == -1) {
		errbuf_set(err, errlen, "cannot create a temporary file beside %s: %s",
		    target, strerror(errno));
		free(tmp);
		return NULL;
	}
	if (fchmod(fd, mode) == -1) {
		errbuf_set(err, errlen, "cannot set the mode of %s: %s", tmp,
		    strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return NULL;
	}
	close(fd);
	return tmp;
}

int
atomicfile_publish(const char *tmp, const char *target, char *err,
    size_t errlen)
{
	int fd;

	if ((fd = open(tmp, O_RDONLY)) == -1) {
		errbuf_set(err, errlen, "cannot reopen %s: %s", tmp, strerror(errno));
		goto fail;
	}
	if (fsync(fd) == -1) {
		errbuf_set(err, errlen, "cannot fsync %s: %s", tmp, strerror(errno));
		close(fd);
		goto fail;
	}
	close(fd);
	if (rename(tmp, target) == -1) {
		errbuf_set(err, errlen, "cannot rename %s to %s: %s", tmp, target,
		    strerror(errno));
		goto fail;
	}
	return atomicfile_syncdir(target, err, errlen);
fail:
	unlink(tmp);
	return -1;
}

int
atomicfile_open(struct atomicfile *af, const char *target, mode_t mode,
    char *err, size_t errlen)
{
	memset(af, 0, sizeof(*af));
	af->fd = -1;
	if ((af->tmppath = atomicfile_mktemp(target, mode, err, errlen)) == NULL)
		return -1;
	if ((af->fd = open(af->tmppath, O_WRONLY | O_TRUNC)) == -1 ||
	    (af->fp = fdopen(af->fd, "w")) == NULL) {
		errbuf_set(err, errlen, "cannot open %s: %s", af->tmppath,
		    strerror(errno));
		atomicfile_abort(af);
		return -1;
	}
	af->target = xstrdup(target);
	return 0;
}

void
atomicfile_abort(struct atomicfile *af)
{
	if (af->fp != NULL)
		fclose(af->fp);
	else if (af->fd != -1)
		close(af->fd);
	if (af->tmppath != NULL) {
		unlink(af->tmppath);
		free(af->tmppath);
	}
	free(af->target);
	memset(af, 0, sizeof(*af));
	af->fd = -1;
}

int
atomicfile_commit(struct atomicfile *af, char *err, size_t errlen)
{
	FILE *fp = af->fp;
	int rc;

	af->fp = NULL;
	af->fd = -1;
	if (injected_errno) {
		errno = injected_errno;
		injected_errno = 0;
		fclose(fp);
		goto fail;
	}
	if (fflush(fp) == EOF || ferror(fp) || fsync(fileno(fp)) == -1) {
		int e = errno;

		fclose(fp);
		errno = e;
		goto fail;
	}
	if (fclose(fp) == EOF)
		goto fail;
	if (rename(af->tmppath, af->target) == -1) {
		errbuf_set(err, errlen, "cannot rename %s to %s: %s", af->tmppath,
		    af->target, strerror(errno));
		unlink(af->tmppath);
		rc = -1;
	} else
		rc = atomicfile_syncdir(af->target, err, errlen);
	free(af->tmppath);
	free(af->target);
	af->tmppath = af->target = NULL;
	return rc;
fail:
	errbuf_set(err, errlen, "cannot write %s: %s; %s is unchanged",
	    af->tmppath, strerror(errno), af->target);
	unlink(af->tmppath);
	free(af->tmppath);
	free(af->target);
	af->tmppath = af->target = NULL;
	return -1;
}

int
atomicfile_write(const char *target, const void *buf, size_t len, mode_t mode,
    char *err, size_t errlen)
{
	struct atomicfile af;

	if (atomicfile_open(&af, target, mode, err, errlen) == -1)
		return -1;
	if (len && fwrite(buf, 1, len, af.fp) != len) {
		errbuf_set(err, errlen, "cannot write %s: %s; %s is unchanged",
		    af.tmppath, strerror(errno), target);
		atomicfile_abort(&af);
		return -1;
	}
	return atomicfile_commit(&af, err, errlen);
}
