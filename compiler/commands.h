/*
 * commands.h -- the subcommands of mailcf(8).  Each takes the argument
 * vector starting at the subcommand's name and returns a sysexits.h code.
 */
#ifndef MAILCF_COMMANDS_H
#define MAILCF_COMMANDS_H

int	build_main(int, char **);	/* compiler/build.c */
int	diff_main(int, char **);	/* compiler/diffcmd.c */
int	init_main(int, char **);	/* compiler/init.c */
int	lint_main(int, char **);	/* compiler/lint.c */
int	m4_main(int, char **);		/* compiler/m4cli.c */
int	migrate_main(int, char **);	/* compiler/migrate.c */
int	newaliases_main(int, char **);	/* maps/newaliases.c */
int	show_main(int, char **);	/* compiler/show.c */
int	test_main(int, char **);	/* runtime/testcmd.c */

#endif
