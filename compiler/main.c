/*
 * main.c -- mailcf(8): the command-line front end.  Dispatches to the
 * subcommands of commands.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "config.h"
#include "diag.h"
#include "compiler/commands.h"

struct command {
	const char	*name;
	int		(*main)(int, char **);
	const char	*usage;
	const char	*summary;
};

static const struct command commands[] = {
	{ "build", build_main,
	    "build [-I DIR]... [-D NAME[=VAL]]... [-o OUT] [-n] FILE.mc",
	    "compile a .mc into a rule table (FILE.cft)" },
	{ "diff", diff_main, "diff OLD NEW",
	    "the difference in effective configuration of two .mc files" },
	{ "init", init_main, "init [DIR]",
	    "set up the /etc/mail make workflow in DIR (default /etc/mail)" },
	{ "lint", lint_main, "lint [--format=text|json] [-W RULE|-Wno-RULE]... "
	    "[-Werror] FILE.mc",
	    "check a configuration and its maps before deploy" },
	{ "m4", m4_main, "m4 [-I DIR]... [-D NAME[=VAL]]... [-U NAME] [-s] [FILE...]",
	    "run the m4 engine alone, as GNU m4 would" },
	{ "migrate", migrate_main, "migrate [-o FILE.mc] [--report FILE] "
	    "[sendmail.cf]",
	    "reconstruct a .mc from a legacy m4-generated sendmail.cf" },
	{ "newaliases", newaliases_main,
	    "newaliases [-C file] [-O AliasFile=path]",
	    "rebuild the alias databases, as sendmail -bi does" },
	{ "show", show_main, "show FILE.cft|FILE.mc | "
	    "[--rules | --macros] --cf FILE",
	    "print a configuration as IR, or its sendmail.cf declarations" },
	{ "test", test_main, "test -C FILE [--hostname NAME] [--hosts FILE] "
	    "[--mapdir DIR] [--dns FILE] [--explain] [--client-rate N] "
	    "[--client-connections N] route ADDR... | check | rewrite",
	    "decide as sendmail would: routing, SMTP checks, rewriting" },
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void
usage(FILE *fp)
{
	size_t i;

	fprintf(fp,
	    "usage: mailcf COMMAND [ARGS...]\n"
	    "       mailcf --help | --version\n"
	    "\n"
	    "mailcf compiles sendmail .mc configurations, builds LMDB maps and\n"
	    "explains what a sendmail configuration decides.\n"
	    "\n"
	    "Commands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-10s %s\n      mailcf %s\n", commands[i].name,
		    commands[i].summary, commands[i].usage);
	fprintf(fp,
	    "\n"
	    "Map tools: makemap(8), newaliases(8), praliases(8).\n"
	    "Run 'mailcf COMMAND --help' for a command's options; see mailcf(8).\n");
}

int
main(int argc, char **argv)
{
	size_t i;

	diag_set_progname("mailcf");
	if (argc < 2) {
		usage(stderr);
		return EX_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return EX_OK;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("mailcf %s\n", PACKAGE_VERSION);
		return EX_OK;
	}
	for (i = 0; i < NCOMMANDS; i++)
		if (strcmp(argv[1], commands[i].name) == 0)
			return commands[i].main(argc - 1, argv + 1);
	fprintf(stderr, "mailcf: unknown command '%s'\n", argv[1]);
	fprintf(stderr, "mailcf: run 'mailcf --help' for the list of commands\n");
	return EX_USAGE;
}
