/*
 * makemap.c -- makemap(8): build a map from "key value" lines on stdin,
 * with sendmail 8.17 makemap's command line, messages and exit statuses;
 * every type (hash, btree, dbm, cdb, implicit, lmdb) is stored as one
 * LMDB file NAME.lmdb through lmdbmap.h.
 *
 * Flow: read stdin whole, parse it in place (mapsrc.c), sort the entries,
 * settle duplicates (-d keeps all, -r the last, default the first with
 * an error for each later one), build.  Messages are printed in line
 * order, as a line-by-line makemap would print them.
 */
#include <sys/stat.h>

#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>
#include <unistd.h>

#include "xalloc.h"

#include "maps/lmdbmap.h"
#include "maps/mapsrc.h"
#include "maps/maputil.h"
#include "maps/progress.h"

#define DEFAULT_CF	"/etc/mail/sendmail.cf"

struct msg {
	unsigned	 line;
	unsigned	 seq;
	char		*text;
};

struct mm {
	const char		*mapname;	/* operand, for messages */
	int			 verbose;
	int			 status;	/* sysexits */
	struct lmdbmap_rec	*recs;
	size_t			 nrecs, caprecs;
	struct msg		*msgs;
	size_t			 nmsgs, capmsgs;
	struct progress		*prog;
	const char		*src;
	size_t			 srclen;
};

static const char *types[] = { "hash", "btree", "dbm", "cdb", "implicit",
    "lmdb" };
#define NTYPES	(sizeof(types) / sizeof(types[0]))

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "Usage: makemap [-C cffile] [-N] [-c cachesize] [-D commentchar]\n"
	    "               [-d] [-e] [-f] [-i type] [-l] [-o] [-r] [-s] [-t delimiter]\n"
	    "               [-u] [-v] type mapname\n");
}

static void
help(void)
{
	usage(stdout);
	printf("\n"
	    "Builds the map mapname.lmdb from \"key value\" lines on stdin, as\n"
	    "sendmail's makemap does; every type is stored as LMDB.\n"
	    "\n"
	    "  -C file   configuration (for the cf/CF types and TrustedUser)\n"
	    "  -N        store keys and values with a trailing NUL\n"
	    "  -c size   cache size (accepted, ignored)\n"
	    "  -D char   comment character instead of '#'\n"
	    "  -d        allow duplicate keys\n"
	    "  -e        allow empty values\n"
	    "  -f        do not lowercase keys\n"
	    "  -i type   type to use when the cf type finds no K line\n"
	    "  -l        list the map types\n"
	    "  -o        add to an existing map\n"
	    "  -r        replace duplicate keys (the last value wins)\n"
	    "  -s        skip safety checks (accepted, ignored)\n"
	    "  -t char   the only key/value separator (also for -u)\n"
	    "  -u        dump the map: key<TAB>value lines\n"
	    "  -v        print each entry as it is stored\n"
	    "\n"
	    "See makemap(8).\n");
}

static void
add_msg(struct mm *m, unsigned line, char *text)
{
	if (m->nmsgs == m->capmsgs) {
		m->capmsgs = m->capmsgs ? 2 * m->capmsgs : 64;
		m->msgs = xreallocarray(m->msgs, m->capmsgs, sizeof(*m->msgs));
	}
	m->msgs[m->nmsgs].line = line;
	m->msgs[m->nmsgs].seq = (unsigned)m->nmsgs;
	m->msgs[m->nmsgs].text = text;
	m->nmsgs++;
}

static int
msgcmp(const void *pa, const void *pb)
{
	const struct msg *a = pa, *b = pb;

	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return (a->seq > b->seq) - (a->seq < b->seq);
}

static void
flush_msgs(struct mm *m)
{
	size_t i;

	if (m->nmsgs > 1)
		qsort(m->msgs, m->nmsgs, sizeof(*m->msgs), msgcmp);
	for (i = 0; i < m->nmsgs; i++) {
		fprintf(stderr, "makemap: %s: line %u: %s\n", m->mapname,
		    m->msgs[i].line, m->msgs[i].text);
		free(m->msgs[i].text);
	}
	m->nmsgs = 0;
}

static void
add_rec(struct mm *m, const char *k, size_t klen, const char *v,
    size_t vlen, unsigned line)
{
	if (m->nrecs == m->caprecs) {
		m->caprecs = m->caprecs ? 2 * m->caprecs : 4096;
		m->recs = xreallocarray(m->recs, m->caprecs, sizeof(*m->recs));
	}
	m->recs[m->nrecs].key = k;
	m->recs[m->nrecs].klen = (uint32_t)klen;
	m->recs[m->nrecs].val = v;
	m->recs[m->nrecs].vlen = (uint32_t)vlen;
	m->recs[m->nrecs].line = line;
	m->nrecs++;
}

static int
on_entry(void *arg, const struct mapsrc_entry *e)
{
	struct mm *m = arg;

	if (m->verbose)
		printf("key=`%s', val=`%s'\n", e->key, e->val);
	if (e->klen == 0 || e->klen > LMDBMAP_MAXKEY) {
		add_msg(m, e->line, xasprintf("key %s: put error: %s", e->key,
		    e->klen == 0 ? "empty key" :
		    "key too long (511 bytes max)"));
		m->status = EX_IOERR;
		return 0;
	}
	add_rec(m, e->key, e->klen, e->val, e->vlen, e->line);
	if ((m->nrecs & 0xffff) == 0)
		progress_update(m->prog, "parsing", (size_t)(e->val - m->src),
		    m->srclen);
	return 0;
}

static int
on_error(void *arg, unsigned line, enum mapsrc_error err, const char *key)
{
	struct mm *m = arg;

	if (err == MAPSRC_NORHS)
		add_msg(m, line, xasprintf("%s %s", mapsrc_strerror(err), key));
	else
		add_msg(m, line, xstrdup(mapsrc_strerror(err)));
	if (m->status == EX_OK)
		m->status = EX_DATAERR;
	return 0;
}

static int
samekey(const struct lmdbmap_rec *a, const struct lmdbmap_rec *b)
{
	return a->klen == b->klen && memcmp(a->key, b->key, a->klen) == 0;
}

/* Settle equal keys in the sorted records; compacts m->recs. */
static void
settle_dups(struct mm *m, int allowdups, int replace)
{
	size_t i, j, out = 0;

	if (allowdups)
		return;
	for (i = 0; i < m->nrecs; i = j) {
		for (j = i + 1; j < m->nrecs && samekey(&m->recs[i],
		    &m->recs[j]); j++)
			;
		if (replace)
			m->recs[out++] = m->recs[j - 1];
		else {
			size_t d;

			m->recs[out++] = m->recs[i];
			for (d = i + 1; d < j; d++) {
				add_msg(m, m->recs[d].line, xasprintf(
				    "key %s: duplicate key", m->recs[d].key));
				if (m->status == EX_OK)
					m->status = EX_DATAERR;
			}
		}
	}
	m->nrecs = out;
}

/* -o: the entries of the existing map, as line 0, copied. */
struct oldmap {
	struct mm	*m;
	char		**copies;
	size_t		 ncopies;
};

static int
on_old(void *arg, const char *k, size_t klen, const char *v, size_t vlen)
{
	struct oldmap *o = arg;
	char *c = xmalloc(klen + vlen + 2);

	memcpy(c, k, klen);
	c[klen] = '\0';
	memcpy(c + klen + 1, v, vlen);
	c[klen + 1 + vlen] = '\0';
	o->copies = xreallocarray(o->copies, o->ncopies + 1,
	    sizeof(*o->copies));
	o->copies[o->ncopies++] = c;
	add_rec(o->m, c, klen, c + klen + 1, vlen, 0);
	return 0;
}

struct dump {
	int	sep;
};

static int
on_dump(void *arg, const char *k, size_t klen, const char *v, size_t vlen)
{
	struct dump *d = arg;
	const char *z;

	/* sendmail prints with "%.*s": a NUL ends the text */
	if ((z = memchr(k, '\0', klen)) != NULL)
		klen = (size_t)(z - k);
	if ((z = memchr(v, '\0', vlen)) != NULL)
		vlen = (size_t)(z - v);
	fwrite(k, 1, klen, stdout);
	putchar(d->sep);
	fwrite(v, 1, vlen, stdout);
	putchar('\n');
	return 0;
}

static int
dump(const char *type, const char *mapname, int sep)
{
	char err[LMDBMAP_ERRLEN], *file;
	struct lmdbmap *map;
	struct dump d;
	int rc;

	file = lmdbmap_filename(mapname);
	if (lmdbmap_open(&map, file, err, sizeof(err)) == -1) {
		const char *why = errno == ENOENT ? strerror(ENOENT) : err;

		fprintf(stderr, "makemap: error opening type %s map %s: %s\n",
		    type, mapname, why);
		free(file);
		return EX_CANTCREAT;
	}
	d.sep = sep ? sep : '\t';
	rc = lmdbmap_foreach(map, on_dump, &d, err, sizeof(err));
	lmdbmap_close(map);
	free(file);
	if (rc == -1) {
		fprintf(stderr, "makemap: %s\n", err);
		return EX_SOFTWARE;
	}
	if (fflush(stdout) == EOF || ferror(stdout)) {
		fprintf(stderr, "makemap: stdout: %s\n", strerror(errno));
		return EX_IOERR;
	}
	return EX_OK;
}

static int
known_type(const char *t)
{
	size_t i;

	for (i = 0; i < NTYPES; i++)
		if (strcmp(t, types[i]) == 0)
			return 1;
	return 0;
}

/* TrustedUser from the cf, when running as root: chown the new map. */
static void
trusted_chown(const char *cf, size_t cflen, const char *file)
{
	char **v;
	size_t n;
	struct passwd *pw;
	char *end;
	long uid;

	if (cf == NULL || geteuid() != 0)
		return;
	if ((n = maputil_cf_option(cf, cflen, "TrustedUser", 0, &v)) == 0)
		return;
	uid = strtol(v[n - 1], &end, 10);
	if (*end != '\0' || end == v[n - 1]) {
		if ((pw = getpwnam(v[n - 1])) != NULL)
			uid = (long)pw->pw_uid;
		else
			uid = -1;
	}
	if (uid >= 0 && chown(file, (uid_t)uid, (gid_t)-1) == -1)
		fprintf(stderr, "WARNING: ownership change on %s failed: %s\n",
		    file, strerror(errno));
	maputil_free_list(v, n);
}

struct opts {
	const char	*cfpath;
	int		 cfgiven;
	const char	*fallback;
	struct mapsrc_opts src;
	int		 allowdups, replace, append, dumpmode, verbose;
};

static int
parse_args(int argc, char **argv, struct opts *o, int *exitp)
{
	int ch;

	memset(o, 0, sizeof(*o));
	o->cfpath = DEFAULT_CF;
	o->src.comment = '#';
	o->src.fold = 1;
	if (argc > 1 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		help();
		*exitp = EX_OK;
		return -1;
	}
	opterr = 1;
	while ((ch = getopt(argc, argv, "C:D:Nc:defi:Llorst:uvx")) != -1) {
		switch (ch) {
		case 'C':
			o->cfpath = optarg;
			o->cfgiven = 1;
			break;
		case 'D':
			o->src.comment = (unsigned char)optarg[0];
			break;
		case 'N':
			o->src.nul = 1;
			break;
		case 'c':
		case 's':
			break;
		case 'd':
			o->allowdups = 1;
			break;
		case 'e':
			o->src.allowempty = 1;
			break;
		case 'f':
			o->src.fold = 0;
			break;
		case 'i':
			o->fallback = optarg;
			break;
		case 'l':
		case 'L':
		case 'x': {
			size_t i;

			for (i = 0; i < NTYPES; i++)
				printf(ch == 'x' ? "%s:lmdb\n" : "%s\n",
				    types[i]);
			if (ch == 'L')
				printf("cf\nCF\n");
			*exitp = EX_OK;
			return -1;
		}
		case 'o':
			o->append = 1;
			break;
		case 'r':
			o->replace = 1;
			break;
		case 't':
			o->src.sep = (unsigned char)optarg[0];
			break;
		case 'u':
			o->dumpmode = 1;
			break;
		case 'v':
			o->verbose = 1;
			break;
		default:
			usage(stderr);
			*exitp = EX_USAGE;
			return -1;
		}
	}
	if (argc - optind != 2) {
		usage(stderr);
		*exitp = EX_USAGE;
		return -1;
	}
	return 0;
}

static int
build(struct mm *m, struct opts *o, const char *type, const char *mapname,
    const char *cf, size_t cflen)
{
	char err[LMDBMAP_ERRLEN], *src = NULL, *file;
	struct mapsrc_handler h = { on_entry, on_error, NULL };
	struct lmdbmap_info info;
	struct oldmap old = { m, NULL, 0 };
	size_t len, i;
	int status;

	file = lmdbmap_filename(mapname);
	memset(&info, 0, sizeof(info));
	if (o->append) {
		struct lmdbmap *map;

		if (lmdbmap_open(&map, file, err, sizeof(err)) == -1) {
			fprintf(stderr, "makemap: error opening type %s map "
			    "%s: %s\n", type, mapname, errno == ENOENT ?
			    strerror(ENOENT) : err);
			free(file);
			return EX_CANTCREAT;
		}
		lmdbmap_foreach(map, on_old, &old, NULL, 0);
		lmdbmap_close(map);
	}
	m->prog = progress_start(file);
	if (maputil_readfd(STDIN_FILENO, &src, &len) == -1) {
		fprintf(stderr, "makemap: stdin: %s\n", strerror(errno));
		free(file);
		progress_end(m->prog);
		return EX_IOERR;
	}
	m->src = src;
	m->srclen = len;
	lmdbmap_digest(src, len, info.digest);
	h.arg = m;
	mapsrc_parse(src, len, &o->src, &h);
	progress_update(m->prog, "sorting", 0, 1);
	lmdbmap_sort(m->recs, m->nrecs);
	settle_dups(m, o->allowdups, o->replace);
	flush_msgs(m);
	if (o->src.fold)
		info.flags |= LMDBMAP_FOLD;
	if (o->src.nul)
		info.flags |= LMDBMAP_NUL;
	if (o->allowdups)
		info.flags |= LMDBMAP_DUPS;
	snprintf(info.type, sizeof(info.type), "%s", type);
	status = m->status;
	if (lmdbmap_build(file, m->recs, m->nrecs, &info, 0640, progress_lmdb,
	    m->prog, err, sizeof(err)) == -1) {
		int e = errno;

		progress_end(m->prog);
		fprintf(stderr, "makemap: %s\n", err);
		status = e == ENOENT || e == EACCES || e == ENOTDIR ?
		    EX_CANTCREAT : EX_IOERR;
	} else {
		progress_end(m->prog);
		trusted_chown(cf, cflen, file);
	}
	fflush(stdout);
	for (i = 0; i < old.ncopies; i++)
		free(old.copies[i]);
	free(old.copies);
	free(src);
	free(file);
	return status;
}

int
main(int argc, char **argv)
{
	struct opts o;
	struct mm m;
	const char *type, *mapname;
	char *cf = NULL, *cls = NULL;
	size_t cflen = 0;
	int status = EX_OK;

	if (parse_args(argc, argv, &o, &status) == -1)
		return status;
	type = argv[optind];
	mapname = argv[optind + 1];
	/*
	 * Real makemap reads the cf only as root, and fails without it.
	 * We need it only for the cf types and TrustedUser, so a missing
	 * default cf is no error; a missing -C file is (exit 66).
	 */
	if (o.cfgiven || strcmp(type, "cf") == 0 || strcmp(type, "CF") == 0 ||
	    access(o.cfpath, R_OK) == 0) {
		if (maputil_readfile(o.cfpath, &cf, &cflen) == -1 &&
		    (o.cfgiven || strcasecmp(type, "cf") == 0)) {
			fprintf(stderr, "makemap: %s: %s\n", o.cfpath,
			    strerror(errno));
			return EX_NOINPUT;
		}
	}
	if (strcmp(type, "cf") == 0 || strcmp(type, "CF") == 0) {
		cls = maputil_cf_mapclass(cf, cflen, mapname, type[0] == 'C');
		if (cls == NULL && o.fallback == NULL) {
			fprintf(stderr, "makemap: mapfile %s: not found in CF\n",
			    mapname);
			free(cf);
			return EX_DATAERR;
		}
		type = cls != NULL ? cls : o.fallback;
	}
	if (!known_type(type)) {
		fprintf(stderr, "makemap: error opening type %s map %s: %s\n",
		    type, mapname, "Unknown database type");
		free(cls);
		free(cf);
		return EX_CANTCREAT;
	}
	if (o.dumpmode)
		status = dump(type, mapname, o.src.sep);
	else {
		memset(&m, 0, sizeof(m));
		m.mapname = mapname;
		m.verbose = o.verbose;
		status = build(&m, &o, type, mapname, cf, cflen);
		free(m.recs);
		free(m.msgs);
	}
	free(cls);
	free(cf);
	return status;
}
