/*
 * diffcmd.c -- `mailcf diff OLD NEW`: the difference in effective
 * configuration between two configurations (.mc files, compiled tables
 * (.cft), or a sendmail.cf / IR file): features, options, daemons, classes, maps, mailers, and who
 * may relay (relay grants of the classes and the access map, the relay
 * features, and whether the R001 proof finds an open relay).  Lines start
 * with '-' (only in OLD) or '+' (only in NEW), grouped by section, sorted.
 * Exit status as diff(1): 0 same, 1 different, 2 trouble.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sysexits.h>

#include "diag.h"
#include "strbuf.h"
#include "xalloc.h"
#include "compiler/cf.h"
#include "compiler/commands.h"
#include "compiler/cftio.h"
#include "compiler/lintint.h"
#include "compiler/model.h"
#include "maps/mapsrc.h"
#include "maps/maputil.h"

enum { S_FEAT, S_OPT, S_DAEMON, S_CLASS, S_MAP, S_MAILER, S_RELAY, S_N };
static const char *const section[S_N] = {
	"features", "options", "daemons", "classes", "maps", "mailers",
	"relaying"
};

struct side {
	struct lint	 l;
	char		**v[S_N];
	size_t		 n[S_N];
};

static void
add(struct side *s, int sec, char *line)	/* transferred */
{
	s->v[sec] = xreallocarray(s->v[sec], s->n[sec] + 1, sizeof(char *));
	s->v[sec][s->n[sec]++] = line;
}

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct grants {
	struct side	*s;
	const char	*path;
};

static int
grant_entry(void *arg, const struct mapsrc_entry *e)
{
	struct grants *g = arg;

	if (strncasecmp(e->val, "RELAY", 5) == 0 ||
	    (strncasecmp(e->val, "OK", 2) == 0 &&
	    strncasecmp(e->key, "connect:", 8) == 0))
		add(g->s, S_RELAY, xasprintf("may relay: access %s %s",
		    e->key, e->val));
	return 0;
}

static int
grant_error(void *arg, unsigned line, enum mapsrc_error err, const char *k)
{
	(void)arg, (void)line, (void)err, (void)k;
	return 0;
}

static const char *const relay_features[] = {
	"promiscuous_relay", "relay_local_from", "relay_mail_from",
	"relay_based_on_MX", "relay_entire_domain", "relay_hosts_only",
	"loose_relay_check", NULL
};

static void
collect(struct side *s)
{
	const struct model *m = s->l.m;
	const char *const *f;
	size_t i, j;

	for (i = 0; i < m->ndirectives; i++) {
		const struct model_directive *d = &m->directives[i];
		struct strbuf sb = STRBUF_INIT;

		if (strcmp(d->keyword, "feature") != 0 &&
		    strcmp(d->keyword, "mailer") != 0 &&
		    strcmp(d->keyword, "ostype") != 0 &&
		    strcmp(d->keyword, "domain") != 0 &&
		    strcmp(d->keyword, "hack") != 0)
			continue;
		for (j = 0; d->keyword[j] != '\0'; j++)
			strbuf_addc(&sb, d->keyword[j] >= 'a' && d->keyword[j] <= 'z' ? d->keyword[j] - 32 : d->keyword[j]);
		strbuf_addc(&sb, '(');
		for (j = 0; j < d->nargs; j++)
			strbuf_addf(&sb, "%s%s", j ? ", " : "", d->args[j]);
		strbuf_addc(&sb, ')');
		add(s, S_FEAT, strbuf_detach(&sb, NULL));
	}
	for (i = 0; i < m->noptions; i++) {
		const struct model_option *o = &m->options[i];
		int multi = strcmp(o->def->name, "DaemonPortOptions") == 0 ||
		    strcmp(o->def->name, "ClientPortOptions") == 0;

		if (!multi && model_option(m, o->def->name, o->sub) != o)
			continue;
		add(s, multi ? S_DAEMON : S_OPT, xasprintf("O %s%s%s%s%s",
		    o->def->name, o->sub ? "." : "", o->sub ? o->sub : "",
		    o->bare ? "" : "=", o->raw ? o->raw : ""));
	}
	for (i = 0; i < m->nclasses; i++) {
		const struct model_classdecl *c = &m->classes[i];

		if (c->kind == CLASS_FILE)
			add(s, S_CLASS, xasprintf("F{%s} %s%s", c->name,
			    c->optional ? "-o " : "", c->file));
		else
			for (j = 0; j < c->nwords; j++) {
				add(s, S_CLASS, xasprintf("C{%s} %s", c->name,
				    c->words[j]));
				if (strcmp(c->name, "R") == 0)
					add(s, S_RELAY, xasprintf("may relay: "
					    "class R %s", c->words[j]));
			}
	}
	for (i = 0; i < m->nmaps; i++) {
		struct strbuf sb = STRBUF_INIT;
		const struct model_map *mp = &m->maps[i];

		strbuf_addf(&sb, "K%s %s", mp->name, mp->mclass);
		for (j = 0; j < mp->nargs; j++)
			strbuf_addf(&sb, " %s", mp->args[j]);
		add(s, S_MAP, strbuf_detach(&sb, NULL));
		if (strcmp(mp->name, "access") == 0 && mp->file != NULL) {
			char *path = lint_mappath(&s->l, mp->file), *buf;
			size_t len;
			struct grants g = { s, path };
			struct mapsrc_opts o = { 0, '#', 1, 0, 0 };
			struct mapsrc_handler h = { grant_entry, grant_error,
			    &g };

			if (maputil_readfile(path, &buf, &len) == 0) {
				mapsrc_parse(buf, len, &o, &h);
				free(buf);
			}
			free(path);
		}
	}
	for (i = 0; i < m->nmailers; i++) {
		struct strbuf sb = STRBUF_INIT;
		const struct model_mailer *mm = &m->mailers[i];

		strbuf_addf(&sb, "M%s", mm->name);
		for (j = 0; j < mm->nfields; j++)
			strbuf_addf(&sb, ", %s=%s", mm->fields[j].key,
			    mm->fields[j].value);
		add(s, S_MAILER, strbuf_detach(&sb, NULL));
	}
	for (f = relay_features; *f; f++)
		if (lint_feature(&s->l, *f) != NULL)
			add(s, S_RELAY, xasprintf("may relay: FEATURE(%s)", *f));
	lint_check_relay(&s->l);
	for (i = 0; i < s->l.nfind; i++)
		if (strcmp(s->l.find[i].rule->id, "R001") == 0)
			add(s, S_RELAY, xasprintf("open relay (R001): %s",
			    strchr(s->l.find[i].msg, ':') + 2));
	for (i = 0; i < S_N; i++)
		if (s->n[i] > 1)
			qsort(s->v[i], s->n[i], sizeof(char *), cmpstr);
}

/* Load one side: a .mc through the templates, anything else as cf/IR. */
static int
load(struct side *s, const char *path, const char *tpl, const char *host,
    char **dirp)
{
	size_t len = strlen(path), dl;
	char *slash;
	int errors = 0;

	memset(s, 0, sizeof(*s));
	s->l.mcpath = path;
	s->l.hostname = host;
	*dirp = xstrdup(path);
	if ((slash = strrchr(*dirp, '/')) != NULL)
		*slash = '\0';
	else {
		free(*dirp);
		*dirp = xstrdup(".");
	}
	s->l.mapdir = *dirp;
	if (len > 3 && strcmp(path + len - 3, ".mc") == 0) {
		if (maputil_readfile(path, &s->l.mctext, &dl) != 0) {
			fprintf(stderr, "mailcf diff: %s: cannot read\n", path);
			return -1;
		}
		s->l.mctext[dl] = '\0';
		s->l.m = lint_compile(path, s->l.mctext, tpl, &s->l.ir,
		    &errors, &s->l.kit);
	} else if (len > 4 && strcmp(path + len - 4, ".cft") == 0) {
		/* a compiled table (mailcf build), read with cftio.h */
		s->l.m = model_new();
		s->l.ir = xstrdup("");	/* no IR text: the table has it all */
		switch (model_load_any(s->l.m, path, NULL)) {
		case 0:
			break;
		case -2:
			fprintf(stderr, "mailcf diff: %s: cannot read\n", path);
			return -1;
		default:
			errors = 1;
		}
	} else {
		if (maputil_readfile(path, &s->l.ir, &dl) != 0) {
			fprintf(stderr, "mailcf diff: %s: cannot read\n", path);
			return -1;
		}
		s->l.ir[dl] = '\0';
		s->l.m = model_new();
		if (cf_parse_buffer(s->l.m, path, s->l.ir, dl) != 0)
			errors = 1;
	}
	if (errors) {
		fprintf(stderr, "mailcf diff: %s does not compile (run mailcf "
		    "lint on it)\n", path);
		return -1;
	}
	return 0;
}

static void
side_free(struct side *s)
{
	size_t i, j;

	for (i = 0; i < S_N; i++) {
		for (j = 0; j < s->n[i]; j++)
			free(s->v[i][j]);
		free(s->v[i]);
	}
	for (i = 0; i < s->l.nfind; i++) {
		free(s->l.find[i].file);
		free(s->l.find[i].msg);
	}
	free(s->l.find);
	for (i = 0; i < s->l.kit.n; i++) {
		free(s->l.kit.v[i].text);
		free(s->l.kit.v[i].file);
	}
	free(s->l.kit.v);
	for (i = 0; i < s->l.nlocal; i++)
		free(s->l.localnames[i]);
	free(s->l.localnames);
	free(s->l.mctext);
	free(s->l.ir);
	if (s->l.m != NULL)
		model_free(s->l.m);
}

static int
has(char **v, size_t n, const char *x)
{
	return bsearch(&x, v, n, sizeof(char *), cmpstr) != NULL;
}

int
diff_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "hostname", required_argument, NULL, 'H' },
		{ "templates", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct side a, b;
	const char *host = NULL, *tpl = NULL;
	char *da = NULL, *db = NULL;
	size_t i, j;
	int ch, ndiff = 0, rc = 2;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'H':
			host = optarg;
			break;
		case 't':
			tpl = optarg;
			break;
		case 'h':
			printf("usage: mailcf diff [--hostname NAME] OLD NEW\n\n"
			    "Prints what changes in effective configuration "
			    "from OLD to NEW (.mc files,\ncompiled tables (.cft), "
			    "or sendmail.cf/IR files): features, options, daemons, classes, "
			    "maps,\nmailers, and who may relay.  '-' lines are "
			    "only in OLD, '+' only in NEW.\nExit 0 same, 1 "
			    "different, 2 trouble.\n");
			return EX_OK;
		default:
			fprintf(stderr, "usage: mailcf diff OLD NEW\n");
			return 2;
		}
	}
	if (argc - optind != 2) {
		fprintf(stderr, "usage: mailcf diff OLD NEW\n");
		return 2;
	}
	tpl = lint_templates(tpl);
	if (load(&a, argv[optind], tpl, host, &da) != 0 ||
	    load(&b, argv[optind + 1], tpl, host, &db) != 0)
		goto out;
	collect(&a);
	collect(&b);
	for (i = 0; i < S_N; i++) {
		int head = 0;

		for (j = 0; j < a.n[i]; j++)
			if (!has(b.v[i], b.n[i], a.v[i][j])) {
				if (!head++)
					printf("%s:\n", section[i]);
				printf("- %s\n", a.v[i][j]);
				ndiff++;
			}
		for (j = 0; j < b.n[i]; j++)
			if (!has(a.v[i], a.n[i], b.v[i][j])) {
				if (!head++)
					printf("%s:\n", section[i]);
				printf("+ %s\n", b.v[i][j]);
				ndiff++;
			}
	}
	rc = ndiff ? 1 : 0;
out:
	side_free(&a);
	side_free(&b);
	free(da);
	free(db);
	return rc;
}
