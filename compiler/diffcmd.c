#include <sysexits.h>
#include "compiler/commands.h"
int
diff_main(int argc, char **argv)
{
	(void)argc; (void)argv;
	return EX_SOFTWARE;
}
