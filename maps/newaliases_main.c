/* newaliases_main.c -- the newaliases(8) program; see maps/newaliases.c. */
#include "maps/tools.h"

int
main(int argc, char **argv)
{
	return newaliases_main(argc, argv);
}
