/*
 * show.c -- `mailcf show`: read a sendmail.cf, IR, .mc or .cft file into
 * the model and print it with the one printer of showtable.c: as
 * canonical IR (`mailcf show FILE`), or its declarations in sendmail.cf
 * syntax (`mailcf show --cf FILE`, rulesets left out unless --rules is
 * given), or the macros in force (--macros).  The order of the
 * declarations is fixed by kind (V, O, D, C and F, K, M, H, P, T, Q, X,
 * E, then the @ directives of an IR input), and within a kind it is the
 * order of the input, so every declaration line of the input has exactly
 * one output line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "diag.h"
#include "compiler/cftio.h"
#include "compiler/commands.h"
#include "compiler/model.h"

/* With --macros: each macro's value in force at the end, as sendmail
   holds it (quotes and backslashes processed): NAME<TAB>VALUE, with
   newline, CR, TAB, backspace, form feed and backslash written \n \r
   \t \b \f \\. */
static void
show_macros(FILE *fp, const struct model *m)
{
	size_t i, j;

	for (i = 0; i < m->nmacros; i++) {
		for (j = i + 1; j < m->nmacros; j++)
			if (strcmp(m->macros[j].name, m->macros[i].name) == 0)
				break;
		if (j == m->nmacros) {
			const char *v = model_macro(m, m->macros[i].name);

			fprintf(fp, "%s\t", m->macros[i].name);
			for (; *v != '\0'; v++) {
				const char *esc = strchr("\n\r\t\b\f", *v);

				if (esc != NULL)
					fprintf(fp, "\\%c",
					    "nrtbf"[esc - "\n\r\t\b\f"]);
				else if (*v == '\\')
					fputs("\\\\", fp);
				else
					fputc(*v, fp);
			}
			fputc('\n', fp);
		}
	}
}

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf show [--rules | --macros] --cf FILE\n"
	    "       mailcf show FILE.cft | FILE.mc | FILE.cf   (canonical IR)\n"
	    "\n"
	    "Parse a sendmail.cf (or mailcf IR) file and print its "
	    "declarations\n"
	    "(V, O, D, C, F, K, M, H, P, T, Q, X and E lines) in canonical "
	    "sendmail.cf\n"
	    "syntax; rulesets are left out.  Every error is reported as\n"
	    "FILE:LINE:COL; the exit status is 0, or 65 (EX_DATAERR) after "
	    "errors.\n"
	    "\n"
	    "Options:\n"
	    "  --cf FILE   the sendmail.cf, IR, .mc or .cft file to read ('-' for stdin "
	    "is not\n"
	    "              supported)\n"
	    "  --rules     print the rulesets too, each rule as sendmail -bt's "
	    "=S prints\n"
	    "              it (tokens separated by blanks, no comment)\n"
	    "  --macros    print only the macros, NAME<TAB>VALUE, with the value "
	    "in force\n"
	    "              at the end as sendmail reads it (quotes removed, "
	    "\\ escapes;\n"
	    "              newline, CR, TAB, BS, FF, \\ written \\n \\r "
	    "\\t \\b \\f \\\\)\n"
	    "  -h, --help  this text\n");
}

int
show_ir_main(int argc, char **argv)
{
	struct model *m;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: mailcf show FILE.cft | FILE.mc | "
		    "FILE.cf\n       mailcf show [--rules | --macros] --cf "
		    "FILE\n");
		return EX_USAGE;
	}
	diag_set_error_limit(50);
	m = model_new();
	rc = model_load_any(m, argv[1], NULL);
	if (rc == 0)
		model_print(stdout, m, MODEL_PRINT_IR);
	diag_forget_sources();
	model_free(m);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "mailcf show: write error\n");
		return EX_IOERR;
	}
	return rc == -2 ? EX_NOINPUT : rc != 0 ? EX_DATAERR : EX_OK;
}

int
show_main(int argc, char **argv)
{
	const char *file = NULL;
	struct model *m;
	int i, rc, rules = 0, macros = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EX_OK;
		}
		if (strcmp(argv[i], "--rules") == 0)
			rules = 1;
		else if (strcmp(argv[i], "--macros") == 0)
			macros = 1;
		else if (strcmp(argv[i], "--cf") == 0 && i + 1 < argc)
			file = argv[++i];
		else if (strncmp(argv[i], "--cf=", 5) == 0)
			file = argv[i] + 5;
		else if (argc == 2 && argv[i][0] != '-')
			return show_ir_main(argc, argv);
		else {
			fprintf(stderr, "mailcf show: unexpected argument "
			    "'%s'\n", argv[i]);
			usage(stderr);
			return EX_USAGE;
		}
	}
	if (file == NULL) {
		usage(stderr);
		return EX_USAGE;
	}
	/* a binary file would give one error per line: stop at 50 */
	diag_set_error_limit(50);
	m = model_new();
	rc = model_load_any(m, file, NULL);	/* .cft, .mc or a cf */
	if (rc == 0 && macros)
		show_macros(stdout, m);
	else if (rc == 0)
		model_print(stdout, m, rules ? MODEL_PRINT_RULES : 0);
	diag_forget_sources();
	model_free(m);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "mailcf show: write error\n");
		return EX_IOERR;
	}
	if (rc == -2)
		return EX_NOINPUT;
	if (rc != 0)
		return EX_DATAERR;
	return EX_OK;
}
