/* m4cli.c -- `mailcf m4`: placeholder until the engine lands. */
#include <stdio.h>
#include <sysexits.h>

#include "compiler/commands.h"

int
m4_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fprintf(stderr, "mailcf m4: the m4 engine is not built yet\n");
	return EX_SOFTWARE;
}
