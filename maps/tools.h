/*
 * tools.h -- entry points of the map tools that other programs call
 * (mailcf newaliases).  Each takes argv starting at the program or
 * subcommand name and returns a sysexits.h code.
 */
#ifndef MAILCF_MAPS_TOOLS_H
#define MAILCF_MAPS_TOOLS_H

int	newaliases_main(int, char **);		/* maps/newaliases.c */

#endif
