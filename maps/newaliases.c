/*
 * newaliases.c -- newaliases(8) (also `mailcf newaliases`): rebuild the
 * alias databases named by the AliasFile option, as `sendmail -bi` does.
 *
 * Where the alias files come from: -O AliasFile=PATH[,PATH...] or -oAPATH
 * on the command line; else the AliasFile option ("O AliasFile=" or old
 * "OA" lines) of the configuration given with -C (a sendmail.cf; the
 * compiled table later), or of /etc/mail/sendmail.cf when it exists; else
 * /etc/mail/aliases.  A spec may carry a class and map flags, as in
 * sendmail: "hash:-N /etc/mail/aliases".  The default (implicit) class
 * stores keys and values with a trailing NUL; an explicit file class
 * without -N does not.  Non-file classes (nis, ldap, ...) are skipped.
 *
 * Per file: lock it, parse it (aliases.c), keep the later of two entries
 * with the same name (with sendmail's warning), add the "@" -> "@"
 * sentinel, build PATH.lmdb (lmdbmap.c), and print sendmail's summary
 * "PATH: N aliases, longest L bytes, T bytes total".  Messages go to
 * stdout, as sendmail prints them; the exit status is 70 (EX_SOFTWARE)
 * after an error in a file, 0 when there were only warnings.
 */
#include <sys/file.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>
#include <unistd.h>

#include "xalloc.h"

#include "maps/aliases.h"
#include "maps/lmdbmap.h"
#include "maps/maputil.h"
#include "maps/progress.h"
#include "maps/tools.h"

#define DEFAULT_CF	"/etc/mail/sendmail.cf"
#define DEFAULT_ALIASES	"/etc/mail/aliases"

/* a bump allocator for the copied keys and values */
struct arena {
	char	**blocks;
	size_t	  nblocks;
	char	 *cur;
	size_t	  left;
};

static char *
arena_alloc(struct arena *a, size_t n)
{
	char *p;

	if (n > a->left) {
		size_t sz = n > (1 << 20) ? n : (1 << 20);

		a->blocks = xreallocarray(a->blocks, a->nblocks + 1,
		    sizeof(*a->blocks));
		a->blocks[a->nblocks++] = a->cur = xmalloc(sz);
		a->left = sz;
	}
	p = a->cur;
	a->cur += n;
	a->left -= n;
	return p;
}

static void
arena_free(struct arena *a)
{
	size_t i;

	for (i = 0; i < a->nblocks; i++)
		free(a->blocks[i]);
	free(a->blocks);
	memset(a, 0, sizeof(*a));
}

struct amsg {
	unsigned	 line;
	unsigned	 seq;
	char		*text;
};

struct build {
	const char		*path;
	int			 nul;
	struct arena		 arena;
	struct lmdbmap_rec	*recs;
	size_t			 nrecs, caprecs;
	const char		**paddrs;	/* by source order */
	struct amsg		*msgs;
	size_t			 nmsgs, capmsgs;
	int			 errors;
	unsigned long		 naliases, longest, bytes;
	struct progress		*prog;
	size_t			 srclen;
	const char		*src;
};

static void
add_msg(struct build *b, unsigned line, const char *text)
{
	if (b->nmsgs == b->capmsgs) {
		b->capmsgs = b->capmsgs ? 2 * b->capmsgs : 32;
		b->msgs = xreallocarray(b->msgs, b->capmsgs, sizeof(*b->msgs));
	}
	b->msgs[b->nmsgs].line = line;
	b->msgs[b->nmsgs].seq = (unsigned)b->nmsgs;
	b->msgs[b->nmsgs].text = xstrdup(text);
	b->nmsgs++;
}

static int
on_message(void *arg, unsigned line, int error, const char *text)
{
	struct build *b = arg;

	add_msg(b, line, text);
	if (error)
		b->errors++;
	return 0;
}

static int
on_alias(void *arg, const struct alias_entry *e)
{
	struct build *b = arg;
	size_t z = b->nul ? 1 : 0;
	char *k, *v;

	if (e->klen + z > LMDBMAP_MAXKEY || e->klen == 0) {
		char *t = xasprintf("%s... alias name too long (%d bytes max)",
		    e->paddr, LMDBMAP_MAXKEY - (int)z);

		on_message(b, e->line, 1, t);
		free(t);
		return 0;
	}
	k = arena_alloc(&b->arena, e->klen + 1);
	memcpy(k, e->key, e->klen + 1);
	v = arena_alloc(&b->arena, e->vlen + 1);
	memcpy(v, e->val, e->vlen + 1);
	if (b->nrecs == b->caprecs) {
		b->caprecs = b->caprecs ? 2 * b->caprecs : 1024;
		b->recs = xreallocarray(b->recs, b->caprecs, sizeof(*b->recs));
		b->paddrs = xreallocarray(b->paddrs, b->caprecs,
		    sizeof(*b->paddrs));
	}
	b->paddrs[b->nrecs] = strcpy(arena_alloc(&b->arena,
	    strlen(e->paddr) + 1), e->paddr);
	b->recs[b->nrecs].key = k;
	b->recs[b->nrecs].klen = (uint32_t)(e->klen + z);
	b->recs[b->nrecs].val = v;
	b->recs[b->nrecs].vlen = (uint32_t)(e->vlen + z);
	b->recs[b->nrecs].line = e->line;
	b->nrecs++;
	b->naliases++;
	b->bytes += e->klen + e->vlen;
	if (e->vlen > b->longest)
		b->longest = e->vlen;
	if ((b->nrecs & 0x3fff) == 0)
		progress_update(b->prog, "parsing", 0, 0);
	return 0;
}

/* paddr of the entry that ended at line (entries are in line order) */
static const char *
paddr_at(const struct build *b, const struct lmdbmap_rec *src, size_t n,
    unsigned line)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (src[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n ? b->paddrs[lo] : "";
}

static int
msgcmp(const void *pa, const void *pb)
{
	const struct amsg *a = pa, *b = pb;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

/* Keep the last of equal keys, with a warning for each later entry. */
static void
settle(struct build *b, const struct lmdbmap_rec *byline)
{
	size_t i, j, d, out = 0;
	char *t;

	for (i = 0; i < b->nrecs; i = j) {
		for (j = i + 1; j < b->nrecs && b->recs[j].klen ==
		    b->recs[i].klen && memcmp(b->recs[j].key, b->recs[i].key,
		    b->recs[i].klen) == 0; j++)
			;
		for (d = i + 1; d < j; d++) {
			t = xasprintf("%s... Warning: duplicate alias name %s",
			    paddr_at(b, byline, b->nrecs, b->recs[d].line),
			    b->recs[d].key);
			add_msg(b, b->recs[d].line, t);
			free(t);
		}
		b->recs[out++] = b->recs[j - 1];
	}
	b->nrecs = out;
}

/* Insert the "@" sentinel at its sorted place (replacing an "@" alias). */
static void
add_sentinel(struct build *b)
{
	static const char at[] = "@";
	struct lmdbmap_rec r;
	size_t i, len = b->nul ? 2 : 1;

	r.key = at;
	r.val = at;
	r.klen = r.vlen = (uint32_t)len;
	r.line = 0;
	for (i = 0; i < b->nrecs; i++) {
		size_t n = b->recs[i].klen < len ? b->recs[i].klen : len;
		int c = memcmp(b->recs[i].key, at, n);

		if (c == 0 && b->recs[i].klen == len) {
			b->recs[i] = r;
			return;
		}
		if (c > 0 || (c == 0 && b->recs[i].klen > len))
			break;
	}
	if (b->nrecs == b->caprecs) {
		b->caprecs = b->caprecs ? 2 * b->caprecs : 16;
		b->recs = xreallocarray(b->recs, b->caprecs, sizeof(*b->recs));
	}
	memmove(&b->recs[i + 1], &b->recs[i],
	    (b->nrecs - i) * sizeof(*b->recs));
	b->recs[i] = r;
	b->nrecs++;
}

static void
free_build(struct build *b)
{
	size_t i;

	for (i = 0; i < b->nmsgs; i++)
		free(b->msgs[i].text);
	free(b->msgs);
	free(b->recs);
	free(b->paddrs);
	arena_free(&b->arena);
}

/*
 * Rebuild one alias file.  Returns 0, 1 when the file had errors
 * (exit 70), or a sysexits code > 1 when the map could not be written.
 */
static int
rebuild(const char *path, int nul, const char *type,
    const struct aliases_opts *ao)
{
	struct alias_handler h = { on_alias, on_message, NULL };
	struct lmdbmap_info info;
	struct lmdbmap_rec *byline = NULL;
	struct build b;
	char err[LMDBMAP_ERRLEN], *buf, *out;
	size_t len, i;
	int fd, rc = 0;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		printf("newaliases: cannot open %s: %s\n", path,
		    strerror(errno));
		return 0;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == -1 && errno == EWOULDBLOCK) {
		printf("Alias file %s is locked (maybe being rebuilt)\n", path);
		close(fd);
		return 0;
	}
	if (maputil_readfd(fd, &buf, &len) == -1) {
		printf("newaliases: cannot read %s: %s\n", path,
		    strerror(errno));
		close(fd);
		return EX_IOERR;
	}
	memset(&b, 0, sizeof(b));
	b.path = path;
	b.nul = nul;
	b.src = buf;
	b.srclen = len;
	out = xasprintf("%s.lmdb", path);
	b.prog = progress_start(out);
	h.arg = &b;
	aliases_parse(buf, len, ao, &h);
	/* the records in line order, to find an entry's LHS text by line */
	byline = xreallocarray(NULL, b.nrecs ? b.nrecs : 1, sizeof(*byline));
	if (b.nrecs > 0)
		memcpy(byline, b.recs, b.nrecs * sizeof(*byline));
	progress_update(b.prog, "sorting", 0, 1);
	lmdbmap_sort(b.recs, b.nrecs);
	settle(&b, byline);
	free(byline);
	add_sentinel(&b);
	if (b.nmsgs > 1)
		qsort(b.msgs, b.nmsgs, sizeof(*b.msgs), msgcmp);
	for (i = 0; i < b.nmsgs; i++)
		printf("%s: line %u: %s\n", path, b.msgs[i].line,
		    b.msgs[i].text);
	memset(&info, 0, sizeof(info));
	info.flags = LMDBMAP_FOLD | LMDBMAP_ALIASES | (nul ? LMDBMAP_NUL : 0);
	snprintf(info.type, sizeof(info.type), "%s", type);
	lmdbmap_digest(buf, len, info.digest);
	if (lmdbmap_build(out, b.recs, b.nrecs, &info, 0640, progress_lmdb,
	    b.prog, err, sizeof(err)) == -1) {
		progress_end(b.prog);
		printf("Cannot create database for alias file %s: %s\n", path,
		    err);
		rc = EX_CANTCREAT;
	} else {
		progress_end(b.prog);
		printf("%s: %lu aliases, longest %lu bytes, %lu bytes total\n",
		    path, b.naliases, b.longest, b.bytes);
		rc = b.errors ? 1 : 0;
	}
	free(out);
	free_build(&b);
	free(buf);
	close(fd);
	return rc;
}

static const char *file_classes[] = { "hash", "btree", "dbm", "cdb",
    "implicit", "lmdb" };

/* Rebuild one AliasFile spec: [class:][-flags ]path. */
static int
rebuild_spec(const char *spec, const struct aliases_opts *ao)
{
	const char *colon, *p, *type = "implicit";
	char cls[32];
	int nul = 1, explicit = 0;
	size_t i;

	colon = strchr(spec, ':');
	p = spec;
	if (colon != NULL && (strchr(spec, '/') == NULL ||
	    strchr(spec, '/') > colon)) {
		snprintf(cls, sizeof(cls), "%.*s", (int)(colon - spec), spec);
		for (i = 0; i < sizeof(file_classes) / sizeof(*file_classes);
		    i++)
			if (strcmp(cls, file_classes[i]) == 0)
				break;
		if (i == sizeof(file_classes) / sizeof(*file_classes))
			return 0;	/* nis, ldap, ...: nothing to build */
		type = file_classes[i];
		explicit = strcmp(type, "implicit") != 0;
		p = colon + 1;
	}
	if (explicit)
		nul = 0;
	/* map flags before the file name */
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != '-')
			break;
		if (p[1] == 'N')
			nul = 1;
		else if (p[1] == 'O')
			nul = 0;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
	}
	if (*p == '\0')
		return 0;
	return rebuild(p, nul, type, ao);
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: newaliases [-v] [-C file] [-O AliasFile=path] [-oApath]\n");
}

static void
help(void)
{
	usage(stdout);
	printf("\n"
	    "Rebuilds the alias databases (PATH.lmdb) of the alias files named\n"
	    "by the AliasFile option, as sendmail -bi does.\n"
	    "\n"
	    "  -C file            configuration to read AliasFile from\n"
	    "                     (default /etc/mail/sendmail.cf if present)\n"
	    "  -O AliasFile=path  alias file(s), comma-separated\n"
	    "  -oApath            the same, old short form\n"
	    "  -v                 verbose (accepted)\n"
	    "\n"
	    "Without an AliasFile, /etc/mail/aliases is rebuilt.  See newaliases(8).\n");
}

/* class w names from "Cw" lines, for "user@thishost" LHS */
static void
add_cw(const char *cf, size_t len, const char ***names, size_t *n,
    char ***owned, size_t *nowned)
{
	const char *p = cf, *end = cf + len, *eol, *q, *w;

	for (; p < end; p = eol + 1) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		if (eol - p > 2 && p[0] == 'C' && p[1] == 'w') {
			for (q = p + 2; q < eol;) {
				while (q < eol && (*q == ' ' || *q == '\t'))
					q++;
				for (w = q; q < eol && *q != ' ' && *q != '\t' &&
				    *q != '\r'; q++)
					;
				if (q > w) {
					*owned = xreallocarray(*owned,
					    *nowned + 1, sizeof(**owned));
					(*owned)[(*nowned)++] =
					    xstrndup(w, (size_t)(q - w));
					*names = xreallocarray(*names, *n + 1,
					    sizeof(**names));
					(*names)[(*n)++] = (*owned)[*nowned - 1];
				}
			}
		}
		if (eol == end)
			break;
	}
}

int
newaliases_main(int argc, char **argv)
{
	const char *cfpath = NULL, **locals = NULL;
	char **specs = NULL, **cfspecs = NULL, **owned = NULL, *cf = NULL;
	char host[256];
	size_t nspecs = 0, ncf = 0, nlocal = 0, nowned = 0, cflen = 0, i;
	struct aliases_opts ao;
	int ch, rc, status = EX_OK;

	if (argc > 1 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		help();
		return EX_OK;
	}
	optind = 1;
	while ((ch = getopt(argc, argv,
	    "A:B:b:C:cD:d:e:F:f:Gh:IiL:M:mN:nO:o:p:Q:q:R:r:sTtUV:vX:")) != -1) {
		switch (ch) {
		case 'C':
			cfpath = optarg;
			break;
		case 'O':
			if (strncasecmp(optarg, "AliasFile=", 10) == 0) {
				specs = xreallocarray(specs, nspecs + 1,
				    sizeof(*specs));
				specs[nspecs++] = xstrdup(optarg + 10);
			}
			break;
		case 'o':
			if (optarg[0] == 'A') {
				specs = xreallocarray(specs, nspecs + 1,
				    sizeof(*specs));
				specs[nspecs++] = xstrdup(optarg + 1);
			}
			break;
		case 'b':
			if (strcmp(optarg, "i") != 0) {
				fprintf(stderr, "newaliases: only -bi is "
				    "supported here\n");
				status = EX_USAGE;
				goto out;
			}
			break;
		case '?':
			usage(stderr);
			status = EX_USAGE;
			goto out;
		default:
			break;
		}
	}
	if (cfpath != NULL || access(DEFAULT_CF, R_OK) == 0) {
		const char *p = cfpath ? cfpath : DEFAULT_CF;

		if (maputil_readfile(p, &cf, &cflen) == -1) {
			printf("newaliases: cannot open %s: %s\n", p,
			    strerror(errno));
			status = EX_NOINPUT;
			goto out;
		}
	}
	memset(&ao, 0, sizeof(ao));
	if (gethostname(host, sizeof(host)) == 0) {
		host[sizeof(host) - 1] = '\0';
		locals = xreallocarray(locals, nlocal + 1, sizeof(*locals));
		locals[nlocal++] = host;
	}
	if (cf != NULL)
		add_cw(cf, cflen, &locals, &nlocal, &owned, &nowned);
	ao.localnames = locals;
	ao.nlocal = nlocal;
	if (nspecs == 0 && cf != NULL) {
		/* the split values of every "O AliasFile=" / "OA" line */
		ncf = maputil_cf_option(cf, cflen, "AliasFile", 'A', &cfspecs);
		for (i = 0; i < ncf; i++) {
			specs = xreallocarray(specs, nspecs + 1, sizeof(*specs));
			specs[nspecs++] = xstrdup(cfspecs[i]);
		}
	} else if (nspecs > 0) {
		/* -O AliasFile=a,b: split and trim like the cf's values */
		char **all = specs, **split;
		size_t n = nspecs, nsplit, j;

		specs = NULL;
		nspecs = 0;
		for (i = 0; i < n; i++) {
			char *line = xasprintf("O AliasFile=%s", all[i]);

			nsplit = maputil_cf_option(line, strlen(line),
			    "AliasFile", 0, &split);
			for (j = 0; j < nsplit; j++) {
				specs = xreallocarray(specs, nspecs + 1,
				    sizeof(*specs));
				specs[nspecs++] = split[j];
			}
			free(split);
			free(line);
		}
		maputil_free_list(all, n);
	}
	if (nspecs == 0) {
		specs = xreallocarray(specs, 1, sizeof(*specs));
		specs[nspecs++] = xstrdup(DEFAULT_ALIASES);
	}
	for (i = 0; i < nspecs; i++) {
		rc = rebuild_spec(specs[i], &ao);
		if (rc == 1 && status == EX_OK)
			status = EX_SOFTWARE;
		else if (rc > 1)
			status = rc;
	}
	if (fflush(stdout) == EOF && status == EX_OK)
		status = EX_IOERR;
out:
	maputil_free_list(specs, nspecs);
	maputil_free_list(cfspecs, ncf);
	maputil_free_list(owned, nowned);
	free(locals);
	free(cf);
	return status;
}
