/*
 * init.c -- `mailcf init [DIR]`: set up the /etc/mail make workflow in
 * DIR (default /etc/mail): the Makefile, HOST.mc (this host's name),
 * submit.mc, starter access, aliases, virtusertable, mailertable,
 * local-host-names, the policy tests and their runner.  An existing file
 * is never overwritten (O_EXCL); each file is reported as created or kept.
 *
 * The starter files are examples/workflow/ of the source tree, installed
 * under $(pkgdatadir)/workflow.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "xalloc.h"
#include "compiler/commands.h"
#include "maps/maputil.h"

#ifndef MAILCF_WFSRC
#define MAILCF_WFSRC ""
#endif

static const struct {
	const char	*src, *dst;	/* dst NULL: same name; "" = HOST.mc */
	mode_t		 mode;
} files[] = {
	{ "Makefile", NULL, 0644 },
	{ "host.mc", "", 0644 },
	{ "submit.mc", NULL, 0644 },
	{ "access", NULL, 0644 },
	{ "aliases", NULL, 0644 },
	{ "virtusertable", NULL, 0644 },
	{ "mailertable", NULL, 0644 },
	{ "local-host-names", NULL, 0644 },
	{ "policy-tests", NULL, 0644 },
	{ "policy-test.sh", NULL, 0755 },
};

static const char *
workflow_dir(void)
{
	static char buf[4096];
	const char *e = getenv("MAILCF_WORKFLOW");

	if (e != NULL && *e != '\0')
		return e;
	snprintf(buf, sizeof(buf), "%s/workflow/Makefile", MAILCF_DATADIR);
	if (access(buf, R_OK) == 0) {
		snprintf(buf, sizeof(buf), "%s/workflow", MAILCF_DATADIR);
		return buf;
	}
	return MAILCF_WFSRC;
}

/* 1 created, 0 kept, -1 error (message printed) */
static int
put(const char *path, const char *text, size_t len, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, mode);

	if (fd == -1) {
		if (errno == EEXIST)
			return 0;
		fprintf(stderr, "mailcf init: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (write(fd, text, len) != (ssize_t)len || fsync(fd) != 0) {
		fprintf(stderr, "mailcf init: %s: %s\n", path, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	if (close(fd) != 0) {
		fprintf(stderr, "mailcf init: %s: %s\n", path, strerror(errno));
		unlink(path);
		return -1;
	}
	return 1;
}

int
init_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "host", required_argument, NULL, 'H' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *dir = "/etc/mail", *src = workflow_dir();
	char host[256], *from, *to, *buf;
	size_t i, len;
	int ch, r, rc = EX_OK;

	host[0] = '\0';
	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'H':
			snprintf(host, sizeof(host), "%s", optarg);
			break;
		case 'h':
			printf("usage: mailcf init [--host NAME] [DIR]\n\n"
			    "Sets up the /etc/mail make workflow in DIR "
			    "(default /etc/mail): Makefile,\nNAME.mc (default: "
			    "this host's name), submit.mc, access, aliases,\n"
			    "virtusertable, mailertable, local-host-names, "
			    "policy-tests.  Existing\nfiles are kept.  Then run "
			    "make in DIR; see mailcf-lint(8).\n");
			return EX_OK;
		default:
			fprintf(stderr, "usage: mailcf init [--host NAME] "
			    "[DIR]\n");
			return EX_USAGE;
		}
	}
	if (argc - optind > 1) {
		fprintf(stderr, "usage: mailcf init [--host NAME] [DIR]\n");
		return EX_USAGE;
	}
	if (optind < argc)
		dir = argv[optind];
	if (host[0] == '\0' && gethostname(host, sizeof(host)) != 0)
		snprintf(host, sizeof(host), "localhost");
	host[sizeof(host) - 1] = '\0';
	if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
		fprintf(stderr, "mailcf init: %s: %s\n", dir, strerror(errno));
		return EX_CANTCREAT;
	}
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		from = xasprintf("%s/%s", src, files[i].src);
		if (files[i].dst == NULL)
			to = xasprintf("%s/%s", dir, files[i].src);
		else
			to = xasprintf("%s/%s.mc", dir, host);
		if (maputil_readfile(from, &buf, &len) != 0) {
			fprintf(stderr, "mailcf init: %s: %s (set "
			    "MAILCF_WORKFLOW to the starter files)\n", from,
			    strerror(errno));
			free(from);
			free(to);
			return EX_OSFILE;
		}
		r = put(to, buf, len, files[i].mode);
		if (r == 1)
			printf("created %s\n", to);
		else if (r == 0)
			printf("kept    %s (exists)\n", to);
		else
			rc = EX_CANTCREAT;
		free(buf);
		free(from);
		free(to);
	}
	return rc;
}
