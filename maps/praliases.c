/*
 * praliases.c -- praliases(8): print the alias databases built by
 * newaliases, as sendmail 8.17's praliases prints them.
 *
 *	praliases [-C file] [-f file] [key ...]
 *
 * Without keys every entry is printed as "key:value" (the "@:@" sentinel
 * included, trailing NULs left out), in key order.  A key is looked up
 * exactly as typed, then with a trailing NUL; a missing one prints
 * "KEY: No such key" on stdout.  -f names one alias file (its database
 * is FILE.lmdb; a "class:" prefix is honoured); otherwise the AliasFile
 * option of the cf (-C, default /etc/mail/sendmail.cf) names them, and
 * without a cf /etc/mail/aliases is used.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "xalloc.h"

#include "maps/lmdbmap.h"
#include "maps/maputil.h"

#define DEFAULT_CF	"/etc/mail/sendmail.cf"
#define DEFAULT_ALIASES	"/etc/mail/aliases"

static const char *file_classes[] = { "hash", "btree", "dbm", "cdb",
    "implicit", "lmdb" };

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: praliases [-C cffile] [-f aliasfile] [key ...]\n");
}

static void
help(void)
{
	usage(stdout);
	printf("\n"
	    "Prints the alias databases built by newaliases(8): every entry as\n"
	    "key:value, or only the keys given.\n"
	    "\n"
	    "  -C file   configuration naming the alias files (AliasFile)\n"
	    "  -f file   this alias file (its database is file.lmdb)\n"
	    "\n"
	    "See praliases(8).\n");
}

static void
put_trimmed(const char *s, size_t n)
{
	if (n > 0 && s[n - 1] == '\0')
		n--;
	fwrite(s, 1, n, stdout);
}

static int
on_entry(void *arg, const char *k, size_t klen, const char *v, size_t vlen)
{
	put_trimmed(k, klen);
	putchar(':');
	put_trimmed(v, vlen);
	putchar('\n');
	return 0;
}

static void
print_keys(struct lmdbmap *m, char **keys, int nkeys)
{
	char err[LMDBMAP_ERRLEN], *buf;
	const char *v;
	size_t vlen, klen;
	int i, rc;

	for (i = 0; i < nkeys; i++) {
		klen = strlen(keys[i]);
		rc = lmdbmap_get(m, keys[i], klen, &v, &vlen, err, sizeof(err));
		if (rc == 0) {
			buf = xmalloc(klen + 1);
			memcpy(buf, keys[i], klen + 1);
			rc = lmdbmap_get(m, buf, klen + 1, &v, &vlen, err,
			    sizeof(err));
			free(buf);
		}
		if (rc == 1) {
			printf("%s:", keys[i]);
			put_trimmed(v, vlen);
			putchar('\n');
		} else
			printf("%s: No such key\n", keys[i]);
	}
}

/* Print one alias database given as an AliasFile spec. */
static void
print_spec(const char *spec, char **keys, int nkeys)
{
	char err[LMDBMAP_ERRLEN], cls[32], *file;
	const char *colon = strchr(spec, ':'), *p = spec;
	struct lmdbmap *m;
	size_t i;

	if (colon != NULL && (strchr(spec, '/') == NULL ||
	    strchr(spec, '/') > colon)) {
		snprintf(cls, sizeof(cls), "%.*s", (int)(colon - spec), spec);
		for (i = 0; i < sizeof(file_classes) / sizeof(*file_classes);
		    i++)
			if (strcmp(cls, file_classes[i]) == 0)
				break;
		if (i == sizeof(file_classes) / sizeof(*file_classes)) {
			fprintf(stderr, "praliases: Skipping non-file based "
			    "alias type %s\n", cls);
			return;
		}
		p = colon + 1;
	}
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != '-')
			break;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
	}
	file = xasprintf("%s.lmdb", p);
	if (lmdbmap_open(&m, file, err, sizeof(err)) == -1) {
		fprintf(stderr, "praliases: %s: open: %s\n", p,
		    errno == ENOENT ? strerror(ENOENT) : err);
		free(file);
		return;
	}
	if (nkeys == 0) {
		if (lmdbmap_foreach(m, on_entry, NULL, err, sizeof(err)) == -1)
			fprintf(stderr, "praliases: %s\n", err);
	} else
		print_keys(m, keys, nkeys);
	lmdbmap_close(m);
	free(file);
}

int
main(int argc, char **argv)
{
	const char *cfpath = NULL, *aliasfile = NULL;
	char *cf = NULL, **specs = NULL;
	size_t cflen = 0, nspecs = 0, i;
	int ch;

	if (argc > 1 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		help();
		return EX_OK;
	}
	while ((ch = getopt(argc, argv, "C:f:l")) != -1) {
		switch (ch) {
		case 'C':
			cfpath = optarg;
			break;
		case 'f':
			aliasfile = optarg;
			break;
		case 'l':
			for (i = 0; i < sizeof(file_classes) /
			    sizeof(*file_classes); i++)
				printf("%s\n", file_classes[i]);
			return EX_OK;
		default:
			usage(stderr);
			return EX_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (aliasfile != NULL) {
		print_spec(aliasfile, argv, argc);
		return fflush(stdout) == EOF ? EX_IOERR : EX_OK;
	}
	if (cfpath != NULL || access(DEFAULT_CF, R_OK) == 0) {
		const char *p = cfpath ? cfpath : DEFAULT_CF;

		if (maputil_readfile(p, &cf, &cflen) == -1) {
			fprintf(stderr, "praliases: %s: %s\n", p,
			    strerror(errno));
			return EX_NOINPUT;
		}
		nspecs = maputil_cf_option(cf, cflen, "AliasFile", 'A', &specs);
	}
	if (nspecs == 0)
		print_spec(DEFAULT_ALIASES, argv, argc);
	for (i = 0; i < nspecs; i++)
		print_spec(specs[i], argv, argc);
	maputil_free_list(specs, nspecs);
	free(cf);
	return fflush(stdout) == EOF ? EX_IOERR : EX_OK;
}
