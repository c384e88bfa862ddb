/* test_atomicfile.c -- safe replacement keeps the old file on failure. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomicfile.h"
#include "tests/tap.h"

static char dir[256];

static char *
slurp(const char *path)
{
	static char buf[256];
	FILE *fp;
	size_t n;

	if ((fp = fopen(path, "r")) == NULL)
		return NULL;
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	return buf;
}

static int
count_entries(void)
{
	DIR *d;
	struct dirent *de;
	int n = 0;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((de = readdir(d)) != NULL)
		if (de->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

int
main(void)
{
	char target[300], err[ATOMICFILE_ERRLEN], *tmp;
	struct atomicfile af;
	struct stat st;
	const char *t = getenv("TMPDIR");

	snprintf(dir, sizeof(dir), "%s/afXXXXXX", t ? t : "/tmp");
	if (mkdtemp(dir) == NULL) {
		printf("not ok 1 - mkdtemp: %s\n", strerror(errno));
		return 1;
	}
	snprintf(target, sizeof(target), "%s/table", dir);

	ok(atomicfile_write(target, "old\n", 4, 0640, err, sizeof(err)) == 0,
	    "first write publishes");
	is_str(slurp(target), "old\n", "content is there");
	ok(stat(target, &st) == 0 && (st.st_mode & 0777) == 0640,
	    "mode is the one asked for");

	atomicfile_inject_failure(ENOSPC);
	ok(atomicfile_write(target, "new\n", 4, 0640, err, sizeof(err)) == -1,
	    "an injected ENOSPC fails the commit");
	ok(strstr(err, "No space left") != NULL && strstr(err, "unchanged"),
	    "the error names the cause and says the target is unchanged");
	is_str(slurp(target), "old\n", "the old file is intact after the failure");
	is_int(count_entries(), 1, "no temporary file is left behind");

	ok(atomicfile_open(&af, target, 0600, err, sizeof(err)) == 0,
	    "open a replacement");
	fputs("half", af.fp);
	fflush(af.fp);
	is_str(slurp(target), "old\n", "readers see the old file mid-write");
	atomicfile_abort(&af);
	is_str(slurp(target), "old\n", "abort keeps the old file");
	is_int(count_entries(), 1, "abort removes the temporary");

	ok(atomicfile_open(&af, target, 0600, err, sizeof(err)) == 0 &&
	    fputs("new\n", af.fp) >= 0 &&
	    atomicfile_commit(&af, err, sizeof(err)) == 0, "commit replaces");
	is_str(slurp(target), "new\n", "the new content is published");

	tmp = atomicfile_mktemp(target, 0644, err, sizeof(err));
	ok(tmp != NULL, "mktemp beside the target");
	if (tmp != NULL) {
		FILE *fp = fopen(tmp, "w");
		fputs("lmdb\n", fp);
		fclose(fp);
		ok(atomicfile_publish(tmp, target, err, sizeof(err)) == 0,
		    "publish a file written by someone else");
		free(tmp);
	}
	is_str(slurp(target), "lmdb\n", "published content");

	snprintf(target, sizeof(target), "%s/nodir/x", dir);
	ok(atomicfile_write(target, "x", 1, 0644, err, sizeof(err)) == -1 &&
	    strstr(err, "nodir") != NULL, "a missing directory is a clear error");

	snprintf(target, sizeof(target), "%s/table", dir);
	unlink(target);
	rmdir(dir);
	return done_testing();
}
