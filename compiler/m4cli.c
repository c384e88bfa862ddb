/*
 * m4cli.c -- `mailcf m4`: the m4 engine alone, with GNU m4's command
 * line (the options a sendmail build uses, and a few more).
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "config.h"

#include "diag.h"
#include "xalloc.h"

#include "compiler/commands.h"
#include "compiler/m4.h"
#include "compiler/tplnative.h"


enum { OPT_MAX_CALLS = 256, OPT_MAX_BYTES, OPT_MAX_TOTAL, OPT_HELP,
    OPT_NATIVES };

/* The key of the images `mailcf m4 -F` writes: this program's version. */
#define M4CLI_KEY	"mailcf " PACKAGE_VERSION " m4"

static const struct option longopts[] = {
	{ "include",		required_argument, NULL, 'I' },
	{ "define",		required_argument, NULL, 'D' },
	{ "undefine",		required_argument, NULL, 'U' },
	{ "synclines",		no_argument,	   NULL, 's' },
	{ "fatal-warnings",	no_argument,	   NULL, 'E' },
	{ "nesting-limit",	required_argument, NULL, 'L' },
	{ "quiet",		no_argument,	   NULL, 'Q' },
	{ "silent",		no_argument,	   NULL, 'Q' },
	{ "gnu",		no_argument,	   NULL, 'g' },
	{ "max-calls",		required_argument, NULL, OPT_MAX_CALLS },
	{ "max-bytes",		required_argument, NULL, OPT_MAX_BYTES },
	{ "max-total",		required_argument, NULL, OPT_MAX_TOTAL },
	{ "freeze-state",	required_argument, NULL, 'F' },
	{ "reload-state",	required_argument, NULL, 'R' },
	{ "template-natives",	no_argument,	   NULL, OPT_NATIVES },
	{ "help",		no_argument,	   NULL, OPT_HELP },
	{ NULL, 0, NULL, 0 }
};

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf m4 [-EQs] [-I DIR]... [-D NAME[=VALUE]]... "
	    "[-U NAME]... [-L N]\n"
	    "                 [-F FILE] [-R FILE] [--max-calls=N] "
	    "[--max-bytes=N]\n"
	    "                 [--max-total=N] [FILE...]\n"
	    "\n"
	    "Expand FILEs (standard input when none, or for '-') as GNU m4 "
	    "1.4.19 would\nand write the result to standard output.\n"
	    "\n"
	    "  -I, --include=DIR        search DIR for include and sinclude\n"
	    "  -D, --define=NAME[=VAL]  define NAME as VAL (default empty)\n"
	    "  -U, --undefine=NAME      undefine NAME\n"
	    "  -s, --synclines          write #line NUM \"FILE\" lines\n"
	    "  -E, --fatal-warnings     once: warnings fail the run; twice: "
	    "stop at the first\n"
	    "  -L, --nesting-limit=N    nest macro calls at most N deep "
	    "(default %d)\n"
	    "  -F, --freeze-state=FILE  after the input, write the state to "
	    "FILE (no m4wrap\n"
	    "                           text is run, no diversion "
	    "written)\n"
	    "  -R, --reload-state=FILE  start from the state in FILE (made "
	    "by -F)\n"
	    "      --max-calls=N        stop after N macro calls (default "
	    "%lu, 0: no limit)\n"
	    "      --max-bytes=N        bound pending input and diversions "
	    "(default %zu)\n"
	    "      --max-total=N        bound all expansion text together "
	    "(default %zu)\n"
	    "      --template-natives   run the cf-templates' bookkeeping "
	    "macros in C, as\n"
	    "                           mailcf build does (the same output; "
	    "for tests)\n"
	    "\n"
	    "syscmd, esyscmd, maketemp and mkstemp are refused: nothing is "
	    "ever run.\nSee mailcf-m4(1).\n",
	    M4_DEFAULT_NESTING, M4_DEFAULT_MAX_CALLS, M4_DEFAULT_MAX_BYTES,
	    M4_DEFAULT_MAX_TOTAL);
}

static int
number(const char *s, unsigned long *vp)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	*vp = strtoul(s, &end, 10);
	return *end == '\0' ? 0 : -1;
}

int
m4_main(int argc, char **argv)
{
	struct m4 *m;
	unsigned long v;
	char *name, *eq;
	struct todo {
		int		 what;		/* 1: a file, 'D', 'U', 's' */
		const char	*arg;
	} *todo = NULL;
	const char *freeze = NULL, *reload = NULL;
	char err[512];
	int ch, status, fatal = 0, i, ntodo = 0, nfiles = 0, stopped = 0;
	struct tplnative *nat = NULL;

	m = m4_new();
	m4_set_output_file(m, stdout);
	optind = 0;
	while ((ch = getopt_long(argc, argv, "-EgI:D:U:sL:QF:R:", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 1:
		case 'D':
		case 'U':
		case 's':
			/* as GNU m4: files, -D, -U, -s act in order, later */
			todo = xreallocarray(todo, ntodo + 1, sizeof(*todo));
			todo[ntodo].what = ch;
			todo[ntodo++].arg = optarg;
			break;
		case 'I':
			m4_add_include_dir(m, optarg);
			break;
		case 'E':
			m4_set_fatal_warnings(m, ++fatal);
			break;
		case OPT_NATIVES:
			if (nat == NULL)
				nat = tpl_natives_install(m);
			break;
		case 'L':
			if (number(optarg, &v) == -1 || v > INT_MAX) {
				diag_error(NULL, "m4: bad nesting limit '%s'",
				    optarg);
				m4_free(m);
				tpl_natives_free(nat);
				free(todo);
				return EX_USAGE;
			}
			m4_set_nesting_limit(m, (int)v);
			break;
		case 'Q':
		case 'g':
			break;
		case 'F':
			freeze = optarg;
			break;
		case 'R':
			reload = optarg;
			break;
		case OPT_MAX_CALLS:
		case OPT_MAX_BYTES:
		case OPT_MAX_TOTAL:
			if (number(optarg, &v) == -1) {
				diag_error(NULL, "m4: bad number '%s'", optarg);
				m4_free(m);
				tpl_natives_free(nat);
				free(todo);
				return EX_USAGE;
			}
			if (ch == OPT_MAX_CALLS)
				m4_set_max_calls(m, v);
			else if (ch == OPT_MAX_BYTES)
				m4_set_max_bytes(m, (size_t)v);
			else
				m4_set_max_total(m, (size_t)v);
			break;
		case OPT_HELP:
			usage(stdout);
			m4_free(m);
			tpl_natives_free(nat);
			free(todo);
			return EX_OK;
		default:
			usage(stderr);
			m4_free(m);
			tpl_natives_free(nat);
			free(todo);
			return EX_USAGE;
		}
	}
	for (i = optind; i < argc; i++) {	/* after "--" */
		todo = xreallocarray(todo, ntodo + 1, sizeof(*todo));
		todo[ntodo].what = 1;
		todo[ntodo++].arg = argv[i];
	}
	/* as GNU m4: the frozen state first, then -D, -U and the files */
	if (reload != NULL && m4_thaw(m, reload, M4CLI_KEY, err,
	    sizeof(err)) == -1) {
		diag_error(NULL, "m4: cannot reload '%s': %s", reload, err);
		m4_free(m);
		tpl_natives_free(nat);
		free(todo);
		return EX_DATAERR;
	}
	for (i = 0; i < ntodo && !stopped; i++) {
		switch (todo[i].what) {
		case 1:
			nfiles++;
			if (m4_process_file(m, todo[i].arg) == -1)
				stopped = 1;
			break;
		case 'D':
			name = xstrdup(todo[i].arg);
			if ((eq = strchr(name, '=')) != NULL)
				*eq++ = '\0';
			m4_define(m, name, eq ? eq : "");
			free(name);
			break;
		case 's':
			m4_set_sync_lines(m, 1);
			break;
		default:
			m4_undefine(m, todo[i].arg);
			break;
		}
	}
	free(todo);
	if (nfiles == 0 && !stopped)
		(void)m4_process_file(m, "-");
	if (freeze != NULL) {
		/* the state goes to FILE; diversion 0 is already written */
		status = m4_status(m);
		if (status == 0 && m4_freeze(m, freeze, M4CLI_KEY, err,
		    sizeof(err)) == -1) {
			diag_error(NULL, "m4: cannot freeze: %s", err);
			status = EX_CANTCREAT;
		}
	} else
		status = m4_finish(m);
	if (nat != NULL && getenv("MAILCF_NATIVE_STATS") != NULL)
		fprintf(stderr, "mailcf: %lu native macro runs\n",
		    m4_native_runs(m));
	m4_free(m);
	tpl_natives_free(nat);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		diag_error(NULL, "m4: error writing the output");
		return EX_IOERR;
	}
	return status;
}
