/* test_diag.c -- diagnostics: location prefix, caret line, counts. */
#include <sys/wait.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>
#include <unistd.h>

#include "diag.h"
#include "tests/tap.h"

static char *
capture(void (*fn)(void))
{
	static char buf[4096];
	FILE *fp;
	size_t n;

	fp = tmpfile();
	diag_set_stream(fp);
	fn();
	rewind(fp);
	n = fread(buf, 1, sizeof(buf) - 1, fp);
	buf[n] = '\0';
	fclose(fp);
	diag_set_stream(NULL);
	return buf;
}

static const char src[] = "dnl first\nFEATURE(`nosuch')\n\tdefine(x\n";

static void
emit_caret(void)
{
	struct diag_loc loc = { "host.mc", 2, 9, 8 };

	diag_error(&loc, "unknown FEATURE '%s'", "nosuch");
}

static void
emit_tab(void)
{
	struct diag_loc loc = { "host.mc", 3, 8, 1 };

	diag_warning(&loc, "unterminated");
}

static void
emit_note_noloc(void)
{
	struct diag_loc loc = diag_at("cf.m4", 7);

	diag_note(&loc, "expanded from here");
	diag_error(NULL, "no location");
}

static void
emit_missing_line(void)
{
	struct diag_loc loc = { "host.mc", 99, 1, 1 };

	diag_error(&loc, "past the end");
}

int
main(void)
{
	const char *out;

	diag_set_progname("mailcf");
	diag_add_source("host.mc", src, sizeof(src) - 1);

	out = capture(emit_caret);
	is_str(out,
	    "host.mc:2:9: error: unknown FEATURE 'nosuch'\n"
	    "    2 | FEATURE(`nosuch')\n"
	    "      |         ^~~~~~~~\n",
	    "error with caret, span clipped to the line");
	is_int(diag_errors(), 1, "one error counted");

	out = capture(emit_tab);
	is_str(out,
	    "host.mc:3:8: warning: unterminated\n"
	    "    3 | \tdefine(x\n"
	    "      | \t      ^\n",
	    "a tab in the source line stays a tab under it");
	is_int(diag_warnings(), 1, "one warning counted");

	out = capture(emit_note_noloc);
	is_str(out, "cf.m4:7: note: expanded from here\nmailcf: error: no location\n",
	    "file:line note without caret; program name without location");

	out = capture(emit_missing_line);
	is_str(out, "host.mc:99:1: error: past the end\n",
	    "no caret when the line does not exist");

	diag_set_werror(1);
	diag_reset_counts();
	(void)capture(emit_tab);
	is_int(diag_errors(), 1, "-Werror turns a warning into an error");
	/* the error limit stops the program with EX_DATAERR */
	{
		pid_t pid;
		int st = 0, i;

		fflush(stdout);
		if ((pid = fork()) == 0) {
			diag_set_stream(fopen("/dev/null", "w"));
			diag_set_error_limit(3);
			diag_reset_counts();
			for (i = 0; i < 10; i++)
				diag_error(NULL, "error %d", i);
			_exit(0);
		}
		waitpid(pid, &st, 0);
		ok(WIFEXITED(st) && WEXITSTATUS(st) == EX_DATAERR,
		    "the error limit exits with EX_DATAERR");
	}
	diag_forget_sources();
	return done_testing();
}
